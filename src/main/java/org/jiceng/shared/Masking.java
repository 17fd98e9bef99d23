package org.jiceng.shared;

/**
 * Masks identity and phone numbers in lists and exports for roles that do not need them in full
 * (个人信息保护: show only what the task needs). Which roles see them in full is a system setting.
 */
public final class Masking {

    private Masking() {
    }

    /** 610322199001011234 becomes 610322********1234: the region stays readable, the birth date is hidden. */
    public static String idNumber(String value) {
        if (value == null || value.length() < 10) {
            return value;
        }
        return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
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
