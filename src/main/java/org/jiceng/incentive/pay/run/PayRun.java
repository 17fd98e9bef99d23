package org.jiceng.incentive.pay.run;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A township's pay run for one period: the basic pay of a month ({@code month} 1–12) or the performance pay of a
 * year ({@code month} 0), computed under the standard of that year, due by {@code dueDate}.
 */
public record PayRun(long id, long townshipId, String townshipName, RunKind kind, int year, int month,
                     long standardId, LocalDate dueDate, String computedBy, LocalDateTime computedAt, long version) {

    /** "2010年1月基本报酬" or "2009年度绩效报酬". */
    @JsonProperty
    public String label() {
        return kind == RunKind.MONTHLY ? year + "年" + month + "月基本报酬" : year + "年度绩效报酬";
    }

    /**
     * The first day pay of this run may be paid: a month's pay from the first of that month; a year's performance
     * pay, which follows the year's assessment, from the first day of the next year. A pay date before it is refused.
     */
    public LocalDate payableFrom() {
        return kind == RunKind.MONTHLY ? LocalDate.of(year, month, 1) : LocalDate.of(year + 1, 1, 1);
    }

    PayRun named(String name) {
        return new PayRun(id, townshipId, name, kind, year, month, standardId, dueDate, computedBy, computedAt,
                version);
    }
}
