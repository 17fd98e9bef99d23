package org.jiceng.incentive.pay.run;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a cadre's pay for a period stands against 按时足额 (on time and in full, research §2.12:
 * {@code paid == due && paidDate <= dueDate}), judged on the payments that stand (reversed ones do not count):
 * <ul>
 *   <li>{@link #ON_TIME}: paid in full, the last payment by the due date;</li>
 *   <li>{@link #LATE}: paid in full, but the last payment after the due date (逾期);</li>
 *   <li>{@link #SHORT}: the due date has passed with part of the pay still unpaid (未足额, also late);</li>
 *   <li>{@link #UNPAID}: the due date has passed with nothing paid (逾期未发);</li>
 *   <li>{@link #PENDING}: not yet fully paid, but the due date has not passed;</li>
 *   <li>{@link #EXCLUDED}: nothing is due (beyond the paid posts, no standard for the post, no grade).</li>
 * </ul>
 * Only lines whose due date has passed or that are paid in full are counted in the 按时足额率.
 */
public enum LineStatus {
    EXCLUDED("不计报酬"),
    PENDING("待发放"),
    ON_TIME("按时足额"),
    LATE("逾期足额"),
    SHORT("未足额"),
    UNPAID("逾期未发");

    private final String label;

    LineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static LineStatus of(BigDecimal due, BigDecimal paid, LocalDate lastPaidOn, LocalDate dueDate,
                                LocalDate today) {
        if (due.signum() == 0) {
            return EXCLUDED;
        }
        if (paid.compareTo(due) >= 0) {
            return lastPaidOn != null && lastPaidOn.isAfter(dueDate) ? LATE : ON_TIME;
        }
        if (!today.isAfter(dueDate)) {
            return PENDING;
        }
        return paid.signum() > 0 ? SHORT : UNPAID;
    }

    /** Whether the line counts in the on-time-in-full rate. */
    public boolean counted() {
        return this != EXCLUDED && this != PENDING;
    }

    /** Flagged late (逾期): paid after, or still unpaid at, the due date. */
    public boolean late() {
        return this == LATE || this == SHORT || this == UNPAID;
    }

    /** Flagged short (未足额): less than due at the due date. */
    public boolean isShort() {
        return this == SHORT || this == UNPAID;
    }
}
