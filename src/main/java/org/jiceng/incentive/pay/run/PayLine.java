package org.jiceng.incentive.pay.run;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What one cadre is due in a run, and what stands paid of it. {@code basic} is the month's basic pay (or, in a
 * performance run, the performance pay for the months in post before the grade's share); {@code topup} the
 * township's top-up; {@code due} what must be paid; {@code paid} the sum of the payments that stand (reversals
 * subtracted); {@code lastPaidOn} the date of the last payment that stands.
 */
public record PayLine(long id, long runId, long villageId, String villageName, long personId, String personName,
                      String post, String postLabel, int months, String grade, BigDecimal percent, BigDecimal basic,
                      BigDecimal topup, BigDecimal due, String excludedReason, BigDecimal paid, LocalDate lastPaidOn,
                      String method, LineStatus status) {

    @JsonProperty
    public BigDecimal outstanding() {
        return due.subtract(paid);
    }

    public boolean excluded() {
        return excludedReason != null;
    }

    /** The status as the run page shows it: a partly paid line before its due date is 部分发放. */
    @JsonProperty
    public String statusLabel() {
        return status == LineStatus.PENDING && paid.signum() > 0 ? "部分发放" : status.label();
    }

    PayLine named(String name) {
        return new PayLine(id, runId, villageId, name, personId, personName, post, postLabel, months, grade, percent,
                basic, topup, due, excludedReason, paid, lastPaidOn, method, status);
    }
}
