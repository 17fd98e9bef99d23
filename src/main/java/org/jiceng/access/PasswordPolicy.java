package org.jiceng.access;

import java.util.Optional;

/**
 * Password complexity (等保 2.0 身份鉴别: 口令复杂度): at least the configured length (8 by default), at least three of
 * upper-case letters, lower-case letters, digits and symbols, and not containing the username.
 */
record PasswordPolicy(int minLength) {

    Optional<String> problem(String password, String username) {
        if (password == null || password.length() < minLength) {
            return Optional.of("密码至少" + minLength + "位");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return Optional.of("密码须包含大写字母、小写字母、数字、符号中的至少三类");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("密码不能包含用户名");
        }
        return Optional.empty();
    }
}
