package org.jiceng.target.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A central task (中心工作) of an org for a year: a township's own, or a village's share of one ({@code parentId}).
 * {@code targets} are what it is to achieve, one amount per unit; a diary entry linked to the task records its
 * quantities in these units only (when it names any).
 */
public record CentralTask(long id, long orgId, String orgName, Long parentId, int year, String title,
                          String category, String categoryLabel, String leadUnit, String coUnits, LocalDate deadline,
                          String description, String createdBy, LocalDateTime createdAt, long version,
                          List<Target> targets) {

    /** One target amount of the task. */
    public record Target(String unit, String unitLabel, BigDecimal quantity) {
    }

    public boolean share() {
        return parentId != null;
    }

    /** The units the task counts in; empty when it names none (then any unit of the list may be recorded). */
    public List<String> units() {
        return targets.stream().map(Target::unit).toList();
    }

    public String label() {
        return orgName + year + "年中心工作：" + title;
    }
}
