package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Whether a flag counts against a member in a call's year: any day of the year within the flag's period. */
class PersonFlagTests {

    @Test
    void aFlagCountsInEveryYearItTouches() {
        PersonFlag flag = flag(LocalDate.of(2009, 11, 1), LocalDate.of(2010, 2, 28));
        assertThat(flag.inForceDuring(2008)).isFalse();
        assertThat(flag.inForceDuring(2009)).isTrue();
        assertThat(flag.inForceDuring(2010)).isTrue();
        assertThat(flag.inForceDuring(2011)).isFalse();
    }

    @Test
    void aFlagWithoutEndCountsFromItsStartOn() {
        PersonFlag flag = flag(LocalDate.of(2010, 12, 31), null);
        assertThat(flag.inForceDuring(2009)).isFalse();
        assertThat(flag.inForceDuring(2010)).isTrue();
        assertThat(flag.inForceDuring(2030)).isTrue();
        assertThat(flag.kindLabel()).isEqualTo("诫勉谈话");
    }

    private static PersonFlag flag(LocalDate from, LocalDate until) {
        return new PersonFlag(1, 1, PersonFlagKind.ADMONISHMENT, from, until, null, "county", null, 0);
    }
}
