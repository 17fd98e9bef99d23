package org.jiceng.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password complexity (等保 2.0 身份鉴别: 口令复杂度): at least the configured length (8 by default), at least three of
 * upper-case letters, lower-case letters, digits and symbols, not containing the username, and not one of the
 * well-known passwords in {@code access/common-passwords.txt} (which holds the published demo password). That it
 * differs from the account's last five passwords is checked by {@link PasswordService}, which holds their hashes.
 */
record PasswordPolicy(int minLength) {

    private static final Set<String> COMMON = load();

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
        if (COMMON.contains(password.toLowerCase())) {
            return Optional.of("此密码过于常见或已公开，请另选一个");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/access/common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(String::toLowerCase)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("common-passwords.txt missing from the application", e);
        }
    }
}
