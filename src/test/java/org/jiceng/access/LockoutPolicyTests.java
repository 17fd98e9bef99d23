package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class LockoutPolicyTests {

    static final LockoutPolicy POLICY = new LockoutPolicy(5, 15);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 9, 0);

    @Test
    void countsFailuresBelowTheThreshold() {
        var outcome = POLICY.afterFailure(3, null, NOW);
        assertThat(outcome.failedAttempts()).isEqualTo(4);
        assertThat(outcome.locked()).isFalse();
    }

    @Test
    void locksForFifteenMinutesOnTheFifthFailure() {
        var outcome = POLICY.afterFailure(4, null, NOW);
        assertThat(outcome.locked()).isTrue();
        assertThat(outcome.lockedUntil()).isEqualTo(NOW.plusMinutes(15));
    }

    @Test
    void keepsAnActiveLockAsItIs() {
        var outcome = POLICY.afterFailure(0, NOW.plusMinutes(5), NOW);
        assertThat(outcome.lockedUntil()).isEqualTo(NOW.plusMinutes(5));
    }

    @Test
    void startsAFreshCountAfterALockRanOut() {
        var outcome = POLICY.afterFailure(4, NOW.minusMinutes(1), NOW);
        assertThat(outcome.failedAttempts()).isEqualTo(1);
        assertThat(outcome.locked()).isFalse();
    }

    @Test
    void followsTheConfiguredThreshold() {
        assertThat(new LockoutPolicy(3, 30).afterFailure(2, null, NOW).lockedUntil()).isEqualTo(NOW.plusMinutes(30));
    }
}
