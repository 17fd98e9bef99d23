package org.jiceng.shared.work;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One thing waiting for the user: what to do, for which part of the programme, where to do it, and by when.
 *
 * @param project  the part of the programme it belongs to (素质提升, 争先创优, 激励保障, 组织与队伍)
 * @param title    what to do, in the user's words ("填写自评：2010年度“五个好”评定")
 * @param detail   one line more (how many, who returned it and why), or null
 * @param href     the page where it is done
 * @param due      its deadline, or null
 * @param overdue  whether the deadline has passed
 */
public record WorkItem(String project, String title, String detail, String href, LocalDate due, boolean overdue) {

    /** Overdue first, then by deadline (none last), then by title. */
    public static final Comparator<WorkItem> URGENT_FIRST = Comparator.comparing((WorkItem w) -> !w.overdue())
            .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::title);

    public static WorkItem of(String project, String title, String detail, String href, LocalDate due, LocalDate today) {
        return new WorkItem(project, title, detail, href, due, due != null && today.isAfter(due));
    }
}
