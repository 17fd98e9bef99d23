package org.jiceng.documents.register;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers (文号) as official writing has them: issuer's code, the year in 六角括号 〔〕, the serial number and
 * 号 — 范发〔2010〕3号 (GB/T 9704, 党政机关公文格式 7.2.4). People type the brackets as [ ], ( ), （ ）, 【 】 or ［ ］ and
 * put spaces in; all are written the one official way, so "范发[2010]3号" and "范发〔2010〕3号" are the same number
 * and cannot both be registered.
 */
public final class DocumentNumbers {

    private static final Pattern YEAR = Pattern.compile("[\\[(（【［〔]\\s*(\\d{4})\\s*[\\])）】］〕]");
    private static final Pattern OFFICIAL_YEAR = Pattern.compile("〔(\\d{4})〕");

    private DocumentNumbers() {
    }

    /** The number written the official way: no spaces, the year in 〔〕; null stays null. */
    public static String normalise(String number) {
        if (number == null) {
            return null;
        }
        String compact = number.replaceAll("[\\s\\u3000]+", "");
        Matcher m = YEAR.matcher(compact);
        return m.replaceAll("〔$1〕");
    }

    /** The year a number carries in its 〔〕, if any (a normalised number). */
    public static Optional<Integer> yearOf(String normalised) {
        if (normalised == null) {
            return Optional.empty();
        }
        Matcher m = OFFICIAL_YEAR.matcher(normalised);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
