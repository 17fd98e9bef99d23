package org.jiceng.access;

import java.security.SecureRandom;

/**
 * One-time passwords the security administrator hands over (new account, reset): 12 characters with upper- and
 * lower-case letters, digits and a symbol, without look-alikes (0/O, 1/l/I), so they satisfy the password policy
 * at any configured length up to 12 and can be read out over the phone.
 */
final class OneTimePasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "@#%+=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String generate(int length) {
        int n = Math.max(12, length);
        StringBuilder password = new StringBuilder();
        password.append(pick(UPPER)).append(pick(LOWER)).append(pick(DIGITS)).append(pick(SYMBOLS));
        String all = UPPER + LOWER + DIGITS;
        while (password.length() < n) {
            password.insert(RANDOM.nextInt(password.length() + 1), pick(all));
        }
        return password.toString();
    }

    private static char pick(String chars) {
        return chars.charAt(RANDOM.nextInt(chars.length()));
    }
}
