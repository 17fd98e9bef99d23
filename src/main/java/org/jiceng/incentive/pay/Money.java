package org.jiceng.incentive.pay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * Money of cadre pay: yuan as {@link BigDecimal} exact to the fen (分, two decimals), never floating point
 * (DOMAIN decision 6). Computed shares (performance pay by grade and months) round half up to the fen, once, at the
 * end of the computation.
 */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    private Money() {
    }

    /** Whether the amount has no part smaller than a fen. */
    public static boolean isFen(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2;
    }

    /** The amount with exactly two decimals; refuses (never rounds) a sub-fen amount. */
    public static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A computed share rounded half up to the fen. */
    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(ZERO, BigDecimal::add);
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? ZERO : fen(amount);
    }

    /** 1,234.50 — as printed on pay sheets. */
    public static String format(BigDecimal amount) {
        return amount == null ? "" : new DecimalFormat("#,##0.00").format(amount);
    }

    /**
     * The reason an amount typed into a form may not be used, if any: missing, zero or negative (unless
     * {@code zeroAllowed}), smaller parts than a fen, or beyond a billion yuan.
     */
    public static Optional<FieldError> check(String field, String label, BigDecimal amount, boolean zeroAllowed) {
        if (amount == null) {
            return Optional.of(new FieldError(field, "请填写" + label));
        }
        if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
            return Optional.of(new FieldError(field, label + (zeroAllowed ? "不能为负数" : "须大于0")));
        }
        if (!isFen(amount)) {
            return Optional.of(new FieldError(field, label + "只能精确到分（最多两位小数）"));
        }
        if (amount.compareTo(LIMIT) >= 0) {
            return Optional.of(new FieldError(field, label + "超出可记录的范围"));
        }
        return Optional.empty();
    }

    /** Adds the reason to the list when there is one. */
    public static void check(List<FieldError> errors, String field, String label, BigDecimal amount,
                             boolean zeroAllowed) {
        check(field, label, amount, zeroAllowed).ifPresent(errors::add);
    }
}
