package org.jiceng.shared;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of a unit, per GB 32100-2015: 18 characters from the 31-character set
 * {@code 0-9 A-Z} without I, O, S, V, Z — registering department, unit kind, 6-digit administrative division, 9-character
 * organization code — and a check character: 31 minus the weighted sum of the first 17 (weights 3^i mod 31) modulo 31.
 */
public final class CreditCode {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Normalizes input: trims it and upper-cases it. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.trim().toUpperCase();
    }

    /** The check character for the first 17 characters, which must come from the code's character set. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }

    /** Why the code is not a valid unified social credit code, or empty when it is valid. */
    public static Optional<String> problem(String raw) {
        String code = normalize(raw);
        if (code == null || code.length() != 18) {
            return Optional.of("统一社会信用代码应为18位");
        }
        if (!code.matches("[0-9A-HJ-NP-RTUW-Y]{18}")) {
            return Optional.of("统一社会信用代码只含数字和大写字母（不含I、O、S、V、Z）");
        }
        if (checkCharacter(code) != code.charAt(17)) {
            return Optional.of("统一社会信用代码校验位错误（GB 32100），请核对");
        }
        return Optional.empty();
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }
}
