package org.jiceng.target.summary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A period a county or township wants summaries for (data per org and year): its kind and title, the last day it
 * covers, the deadline, the points a reviewer may give at most and who submits; its review process.
 */
public record SummaryPeriod(long id, long ownerOrgId, String ownerName, int year, SummaryKind kind, String title,
                            LocalDate periodEnd, LocalDate submitDue, BigDecimal maxPoints, Submitters submitters,
                            long processId, long version) {

    public String label() {
        return year + "年" + title;
    }

    /** A summary first submitted after the deadline is late. */
    public boolean lateOn(LocalDate submittedOn) {
        return submittedOn.isAfter(submitDue);
    }
}
