package org.jiceng.access;

import java.time.LocalDateTime;

/**
 * Lockout after repeated failed sign-ins (等保 2.0 身份鉴别: 登录失败处理): after {@code maxFailures} consecutive
 * failures the account is locked for {@code lockMinutes} (defaults 5 and 15, system settings). A success resets the
 * count; a lock that has run out starts a fresh count.
 */
record LockoutPolicy(int maxFailures, int lockMinutes) {

    /** The failure count and lock after one more failure, given the account's state now. */
    Outcome afterFailure(int failedAttempts, LocalDateTime lockedUntil, LocalDateTime now) {
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            return new Outcome(failedAttempts, lockedUntil);
        }
        int failures = (lockedUntil != null ? 0 : failedAttempts) + 1;
        if (failures >= maxFailures) {
            return new Outcome(0, now.plusMinutes(lockMinutes));
        }
        return new Outcome(failures, null);
    }

    record Outcome(int failedAttempts, LocalDateTime lockedUntil) {

        boolean locked() {
            return lockedUntil != null;
        }
    }
}
