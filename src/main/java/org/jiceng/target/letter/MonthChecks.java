package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the monthly checks of a village's letter (月度考核, research.md §3.3, 西宋集镇 2017):
 * <ul>
 * <li>A month is checked once the village has signed and the month has ended: not a month that ends before the
 * signing, nor one that has not ended by today.</li>
 * <li>The year's monthly figure is the sum of the monthly scores ÷ 12; a month not checked counts 0.</li>
 * <li>Any recording changes the copy's {@link #stamp}, so a form sent against an older stamp is refused.</li>
 * </ul>
 */
public final class MonthChecks {

    static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private MonthChecks() {
    }

    /** Why the month cannot be checked now, or empty. */
    static Optional<String> problem(TargetLetter letter, LetterCopy copy, int month, LocalDate today) {
        if (copy.status() != CopyStatus.SIGNED) {
            return Optional.of("本村尚未签订目标责任书，签订后才能登记月度考核");
        }
        LocalDate monthEnd = YearMonth.of(letter.year(), month).atEndOfMonth();
        if (monthEnd.isAfter(today)) {
            return Optional.of(letter.year() + "年" + month + "月尚未结束，月底后再登记考核");
        }
        if (monthEnd.isBefore(copy.signedOn())) {
            return Optional.of(letter.year() + "年" + month + "月在签订日（" + copy.signedOn() + "）之前，不考核");
        }
        return Optional.empty();
    }

    /** Sum of the year's monthly scores ÷ 12, to 2 decimals. */
    public static BigDecimal mean(Collection<BigDecimal> scores) {
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(MONTHS, 2, RoundingMode.HALF_UP);
    }

    /** What a form carries to show which recordings its sender saw: changes with every insert or correction. */
    public static long stamp(List<MonthCheck> checks) {
        return checks.size() + checks.stream().mapToLong(MonthCheck::version).sum();
    }
}
