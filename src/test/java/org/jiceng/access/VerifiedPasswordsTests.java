package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An API client sending its password on every call pays the slow hash once; a wrong or changed one never passes. */
class VerifiedPasswordsTests {

    private final AtomicInteger slowChecks = new AtomicInteger();

    private final PasswordEncoder slow = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "{test}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            slowChecks.incrementAndGet();
            return encoded.equals("{test}" + raw);
        }
    };

    private final VerifiedPasswords passwords = new VerifiedPasswords(slow, Duration.ofMinutes(5));

    @Test
    void aMatchingPasswordIsHashedOnceAndThenRemembered() {
        assertThat(passwords.matches("Right@2010", "{test}Right@2010")).isTrue();
        assertThat(passwords.matches("Right@2010", "{test}Right@2010")).isTrue();
        assertThat(passwords.matches("Right@2010", "{test}Right@2010")).isTrue();
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverPasses() {
        assertThat(passwords.matches("Right@2010", "{test}Right@2010")).isTrue();
        assertThat(passwords.matches("Wrong@2010", "{test}Right@2010")).isFalse();
        assertThat(passwords.matches("Wrong@2010", "{test}Right@2010")).isFalse();
        assertThat(slowChecks).hasValue(3);
    }

    @Test
    void afterAPasswordChangeTheOldPasswordNoLongerPasses() {
        assertThat(passwords.matches("Old@2010", "{test}Old@2010")).isTrue();
        assertThat(passwords.matches("Old@2010", "{test}New@2010")).isFalse();
        assertThat(passwords.matches("New@2010", "{test}New@2010")).isTrue();
    }
}
