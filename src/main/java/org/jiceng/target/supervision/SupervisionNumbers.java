package org.jiceng.target.supervision;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Supervision numbers as officers write them: 督办〔2010〕3号, the year in 六角括号 (people type [ ], ( ), （ ） or
 * 【 】 and spaces; all are written the one official way, so 督办[2010]3号 and 督办〔2010〕3号 are one number). A number
 * left blank is the registering org's next in the year.
 */
final class SupervisionNumbers {

    private static final Pattern YEAR = Pattern.compile("[\\[(（【［〔]\\s*(\\d{4})\\s*[\\])）】］〕]");
    private static final Pattern GENERATED = Pattern.compile("^督办〔(\\d{4})〕(\\d{1,6})号$");

    private SupervisionNumbers() {
    }

    static String normalise(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return YEAR.matcher(number.replaceAll("[\\s\\u3000]+", "")).replaceAll("〔$1〕");
    }

    static String generated(int year, int serial) {
        return "督办〔" + year + "〕" + serial + "号";
    }

    /** The serial of a number in the generated form of the year, or null (so entered numbers keep the count going). */
    static Integer serialOf(String normalised, int year) {
        Matcher m = GENERATED.matcher(normalised);
        return m.matches() && Integer.parseInt(m.group(1)) == year ? Integer.valueOf(m.group(2)) : null;
    }
}
