package org.jiceng.access;

import java.time.LocalDateTime;

import org.jiceng.configuration.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttling of sign-in by source address as well as by account (等保 2.0 登录失败处理). Within the window (setting
 * {@code security.source.window-minutes}) an address is refused
 * <ul>
 * <li>for every username once its failures reach {@code security.source.max-failures} (guessing across many
 * usernames), and</li>
 * <li>for one username once its failures on it reach one less than the account lock
 * ({@code security.lockout.max-failures} − 1): a single address can no longer lock someone else's account, again and
 * again — only failures from several addresses can.</li>
 * </ul>
 * Failures are kept in the database, so every instance counts them alike.
 */
@Component
class SourceThrottle {

    private final JdbcClient jdbc;
    private final Settings settings;

    SourceThrottle(JdbcClient jdbc, Settings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Whether sign-in from the address for the username is refused now, before any password is checked. */
    boolean refuses(String source, String username) {
        Counts counts = counts(source, username);
        return counts.fromSource() >= sourceLimit() || counts.onAccount() >= accountLimit();
    }

    /**
     * Keeps one failed sign-in. Returns whether this failure brought the address to a limit (to be audited once, not
     * on every refused attempt after it).
     */
    boolean recordFailure(String source, String username) {
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("DELETE FROM sign_in_failures WHERE source = ? AND failed_at < ?")
                .params(source, now.minusMinutes(windowMinutes())).update();
        jdbc.sql("INSERT INTO sign_in_failures (source, username, failed_at) VALUES (?, ?, ?)")
                .params(source, username, now).update();
        Counts counts = counts(source, username);
        return counts.fromSource() == sourceLimit() || counts.onAccount() == accountLimit();
    }

    private Counts counts(String source, String username) {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN username = ? THEN 1 ELSE 0 END), 0)"
                        + " FROM sign_in_failures WHERE source = ? AND failed_at > ?")
                .params(username, source, LocalDateTime.now().minusMinutes(windowMinutes()))
                .query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
    }

    private int sourceLimit() {
        return settings.intValue(Settings.SOURCE_MAX_FAILURES);
    }

    private int accountLimit() {
        return Math.max(1, settings.intValue(Settings.LOCKOUT_MAX_FAILURES) - 1);
    }

    private int windowMinutes() {
        return settings.intValue(Settings.SOURCE_WINDOW_MINUTES);
    }

    private record Counts(long fromSource, long onAccount) {
    }
}
