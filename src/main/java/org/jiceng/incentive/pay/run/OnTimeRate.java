package org.jiceng.incentive.pay.run;

import java.math.BigDecimal;
import java.util.Collection;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jiceng.incentive.pay.Money;
import org.jiceng.shared.metrics.OrgBatches;

/**
 * 按时足额率 (on-time-in-full rate, the seed's 按时足额 as a figure, research §2.12): of the pay lines that count
 * ({@link LineStatus#counted()}: the due date has passed, or they are paid in full), the share paid in full by the due
 * date, in percent with two decimals (half up); null when nothing counts yet. Also the counts behind it and the
 * money due and paid.
 */
public record OnTimeRate(int lines, int counted, int onTime, int late, int shortPaid, int pending, BigDecimal due,
                         BigDecimal paid) {

    public static OnTimeRate of(Collection<PayLine> lines) {
        int all = 0;
        int counted = 0;
        int onTime = 0;
        int late = 0;
        int shortPaid = 0;
        int pending = 0;
        BigDecimal due = Money.ZERO;
        BigDecimal paid = Money.ZERO;
        for (PayLine l : lines) {
            if (l.status() == LineStatus.EXCLUDED) {
                continue;
            }
            all++;
            due = due.add(l.due());
            paid = paid.add(l.paid());
            if (l.status().counted()) {
                counted++;
            }
            if (l.status() == LineStatus.ON_TIME) {
                onTime++;
            }
            if (l.status().late()) {
                late++;
            }
            if (l.status().isShort()) {
                shortPaid++;
            }
            if (l.status() == LineStatus.PENDING) {
                pending++;
            }
        }
        return new OnTimeRate(all, counted, onTime, late, shortPaid, pending, due, paid);
    }

    /** Several rates together (the townships of a county): counts and amounts added up. */
    public static OnTimeRate sum(Collection<OnTimeRate> rates) {
        OnTimeRate total = new OnTimeRate(0, 0, 0, 0, 0, 0, Money.ZERO, Money.ZERO);
        for (OnTimeRate r : rates) {
            total = new OnTimeRate(total.lines + r.lines, total.counted + r.counted, total.onTime + r.onTime,
                    total.late + r.late, total.shortPaid + r.shortPaid, total.pending + r.pending,
                    total.due.add(r.due), total.paid.add(r.paid));
        }
        return total;
    }

    /** The rate in percent, or null when no line counts yet. */
    @JsonProperty
    public BigDecimal percent() {
        return OrgBatches.percent(onTime, counted);
    }

    public String percentText() {
        BigDecimal p = percent();
        return p == null ? "—" : p.stripTrailingZeros().toPlainString() + "%";
    }
}
