package org.jiceng.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Citizen identity numbers (公民身份号码) per GB 11643-1999: 6 digits of address code, 8 of birth date, 3 of
 * sequence (odd for men, even for women) and a check character computed with ISO 7064 MOD 11-2.
 */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private IdCardNumber() {
    }

    /** Normalizes input: trims it and upper-cases a trailing x. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.trim().toUpperCase();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** Why the number is not a valid 18-character identity number, or empty when it is valid. */
    public static Optional<String> problem(String raw) {
        String number = normalize(raw);
        if (number == null || number.isEmpty()) {
            return Optional.of("身份证号不能为空");
        }
        if (!number.matches("\\d{17}[\\dX]")) {
            return Optional.of("身份证号应为18位，前17位为数字，最后一位为数字或X");
        }
        if (birthDate(number).isEmpty()) {
            return Optional.of("身份证号中的出生日期无效");
        }
        if (checkCharacter(number) != number.charAt(17)) {
            return Optional.of("身份证号校验位错误（GB 11643），请核对");
        }
        return Optional.empty();
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** The birth date encoded in digits 7–14, if it is a real date. */
    public static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The gender code (GB/T 2261.1: 1 男, 2 女) encoded by the parity of digit 17. */
    public static String genderCode(String number) {
        return (number.charAt(16) - '0') % 2 == 1 ? "1" : "2";
    }

    /** Builds a valid number from an address code, a birth date and a 3-digit sequence (demo data, tests). */
    public static String compose(String addressCode, LocalDate birthDate, int sequence) {
        String first17 = addressCode + String.format("%04d%02d%02d%03d",
                birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
        return first17 + checkCharacter(first17);
    }
}
