package org.jiceng.configuration;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * System settings the system administrator edits: lockout policy, password length, which roles see identity and
 * phone numbers in full, import limits. Read from the database on each call so every instance agrees.
 */
@Component
public class Settings {

    public static final String LOCKOUT_MAX_FAILURES = "security.lockout.max-failures";
    public static final String LOCKOUT_MINUTES = "security.lockout.minutes";
    public static final String SOURCE_MAX_FAILURES = "security.source.max-failures";
    public static final String SOURCE_WINDOW_MINUTES = "security.source.window-minutes";
    public static final String OBJECTION_MAX_PER_SOURCE_HOUR = "objection.max-per-source-hour";
    public static final String OBJECTION_MAX_PER_NOTICE_DAY = "objection.max-per-notice-day";
    public static final String PASSWORD_MIN_LENGTH = "security.password.min-length";
    public static final String FULL_ID_NUMBER_ROLES = "privacy.full-id-number-roles";
    public static final String FULL_PHONE_ROLES = "privacy.full-phone-roles";
    public static final String IMPORT_MAX_ROWS = "import.max-rows";
    public static final String REWARD_PUBLICITY_DAYS = "reward.publicity-days";

    private final SettingStore store;

    Settings(SettingStore store) {
        this.store = store;
    }

    public String get(String key) {
        String value = store.all().get(key);
        if (value == null) {
            throw new IllegalStateException("missing setting " + key);
        }
        return value;
    }

    public int intValue(String key) {
        return Integer.parseInt(get(key).trim());
    }

    public Set<String> list(String key) {
        return Arrays.stream(get(key).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
