package org.jiceng.shared;

/**
 * Masks identity and phone numbers in lists and exports for roles that do not need them in full
 * (个人信息保护: show only what the task needs). Which roles see them in full is a system setting.
 */
public final class Masking {

    private Masking() {
    }

    /**
     * 610322199001011234 becomes 610**************4: only the province and the check digit stay. Lists and exports
     * show the birth date beside the number, so the mask hides more than the birth-date digits: with the region,
     * the birth date and the last four shown, the whole number could be put back together (county registers share
     * one region code). Shown together, birth date and this mask leave the county, the sequence and gender unknown.
     */
    public static String idNumber(String value) {
        if (value == null || value.length() < 10) {
            return value;
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 4) + value.substring(value.length() - 1);
    }

    /** 13812345678 becomes 138****5678. */
    public static String phone(String value) {
        if (value == null || value.length() < 7) {
            return value;
        }
        int keepEnd = 4;
        int keepStart = Math.min(3, value.length() - keepEnd - 1);
        return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }
}
