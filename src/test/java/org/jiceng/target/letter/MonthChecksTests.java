package org.jiceng.target.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** 月度考核: which months a township may check, and the year's figure (sum ÷ 12). */
class MonthChecksTests {

    static final LocalDate TODAY = LocalDate.of(2010, 6, 30);
    static final TargetLetter LETTER = new TargetLetter(1, 5, "汉封乡", 2010, "争优创先目标责任书", "中共汉封乡委员会",
            LetterStatus.ISSUED, LocalDate.of(2010, 3, 10), "hanfeng", LocalDateTime.of(2010, 3, 8, 9, 0), 1, List.of());

    @Test
    void aSignedLettersEndedMonthsFromTheSigningMonthOnAreChecked() {
        LetterCopy signed = copy(CopyStatus.SIGNED, LocalDate.of(2010, 3, 15));
        assertThat(MonthChecks.problem(LETTER, signed, 3, TODAY)).isEmpty();
        assertThat(MonthChecks.problem(LETTER, signed, 6, TODAY)).as("June ends today").isEmpty();
        assertThat(MonthChecks.problem(LETTER, signed, 7, TODAY)).contains("2010年7月尚未结束，月底后再登记考核");
        assertThat(MonthChecks.problem(LETTER, signed, 2, TODAY)).contains("2010年2月在签订日（2010-03-15）之前，不考核");
    }

    @Test
    void aLetterNotYetSignedIsNotChecked() {
        assertThat(MonthChecks.problem(LETTER, copy(CopyStatus.ISSUED, null), 3, TODAY))
                .contains("本村尚未签订目标责任书，签订后才能登记月度考核");
    }

    @Test
    void theYearsFigureIsTheSumOfTheMonthsOverTwelveWithMonthsNotCheckedAsZero() {
        assertThat(MonthChecks.mean(List.of(new BigDecimal("90"), new BigDecimal("85"), new BigDecimal("95"),
                new BigDecimal("88")))).isEqualByComparingTo("29.83");
        assertThat(MonthChecks.mean(java.util.Collections.nCopies(12, new BigDecimal("87.5"))))
                .isEqualByComparingTo("87.5");
        assertThat(MonthChecks.mean(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void theStampChangesWithEveryRecordingAndCorrection() {
        MonthCheck march = check(3, 0);
        long one = MonthChecks.stamp(List.of(march));
        assertThat(MonthChecks.stamp(List.of(check(3, 1)))).isNotEqualTo(one);
        assertThat(MonthChecks.stamp(List.of(march, check(4, 0)))).isNotEqualTo(one);
        assertThat(MonthChecks.stamp(List.of())).isZero();
    }

    private static LetterCopy copy(CopyStatus status, LocalDate signedOn) {
        return new LetterCopy(3, 1, 40, "程家塬村", "中共程家塬村支部委员会", status, signedOn,
                signedOn == null ? null : "乙", signedOn == null ? null : "甲", 1, Map.of());
    }

    private static MonthCheck check(int month, long version) {
        return new MonthCheck(3, month, new BigDecimal("90"), null, "hanfeng", LocalDateTime.of(2010, 4, 1, 9, 0),
                version);
    }
}
