package org.jiceng.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.shared.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What waits at an org's desk in every process of the chain, in one query (and one for objections): the stage
 * decides whose desk an item is on — a draft or a return at its own org, a submission at the reviewing township, an
 * item passed by the township or in a finished 公示 at the org that runs the process.
 */
@Component
public class ReviewDesk {

    private final JdbcClient jdbc;

    ReviewDesk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What waits at the org's desk (read once per read-only request: several work sources ask for it). */
    public List<DeskTask> waitingAt(long orgId, LocalDate today) {
        return RequestMemo.once("reviewDesk:" + orgId + ":" + today, () -> read(orgId, today));
    }

    private List<DeskTask> read(long orgId, LocalDate today) {
        Map<String, Builder> tasks = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.id AS process_id, p.kind, p.title, p.submit_due, p.review_due, p.approve_due, p.owner_org_id,
                       i.id AS item_id, i.org_id, i.reviewer_org_id, i.stage, i.returned_reason, i.publicity_until
                FROM review_items i JOIN review_processes p ON p.id = i.process_id
                WHERE (i.stage = 'DRAFT' AND (i.org_id = :org OR (i.reviewer_org_id = :org AND p.submit_due < :today)))
                   OR (i.stage = 'SUBMITTED' AND i.reviewer_org_id = :org)
                   OR (i.stage IN ('REVIEWED', 'APPROVED') AND p.owner_org_id = :org)
                   OR (i.stage = 'PUBLICIZING' AND p.owner_org_id = :org AND i.publicity_until < :today
                       AND NOT EXISTS (SELECT 1 FROM review_objections o WHERE o.item_id = i.id AND o.status = 'OPEN'))
                ORDER BY p.id, i.id""").param("org", orgId).param("today", today)
                .query(rs -> {
                    String stage = rs.getString("stage");
                    DeskTask.Kind kind = switch (stage) {
                        case "DRAFT" -> rs.getLong("org_id") == orgId ? DeskTask.Kind.FILL : DeskTask.Kind.CHASE;
                        case "SUBMITTED" -> DeskTask.Kind.REVIEW;
                        case "PUBLICIZING" -> DeskTask.Kind.FINALIZE;
                        default -> DeskTask.Kind.APPROVE;
                    };
                    LocalDate due = switch (kind) {
                        case FILL, CHASE -> rs.getObject("submit_due", LocalDate.class);
                        case REVIEW -> rs.getObject("review_due", LocalDate.class);
                        case APPROVE -> rs.getObject("approve_due", LocalDate.class);
                        default -> null;
                    };
                    long processId = rs.getLong("process_id");
                    String processKind = rs.getString("kind");
                    String title = rs.getString("title");
                    Builder b = tasks.computeIfAbsent(processId + ":" + kind,
                            k -> new Builder(processId, processKind, title, kind, due));
                    b.items.add(rs.getLong("item_id"));
                    if (rs.getString("returned_reason") != null) {
                        b.returned++;
                    }
                });
        jdbc.sql("""
                SELECT p.id AS process_id, p.kind, p.title, o.item_id
                FROM review_objections o JOIN review_items i ON i.id = o.item_id JOIN review_processes p ON p.id = i.process_id
                WHERE o.status = 'OPEN' AND p.owner_org_id = ? ORDER BY p.id, o.id""").param(orgId)
                .query(rs -> {
                    long processId = rs.getLong("process_id");
                    String processKind = rs.getString("kind");
                    String title = rs.getString("title");
                    tasks.computeIfAbsent(processId + ":OBJECTIONS",
                            k -> new Builder(processId, processKind, title, DeskTask.Kind.OBJECTIONS, null))
                            .items.add(rs.getLong("item_id"));
                });
        List<DeskTask> result = new ArrayList<>();
        tasks.values().forEach(b -> result.add(new DeskTask(b.processId, b.processKind, b.title, b.kind,
                List.copyOf(b.items), b.due, b.returned)));
        return List.copyOf(result);
    }

    private static final class Builder {
        final long processId;
        final String processKind;
        final String title;
        final DeskTask.Kind kind;
        final LocalDate due;
        final List<Long> items = new ArrayList<>();
        int returned;

        Builder(long processId, String processKind, String title, DeskTask.Kind kind, LocalDate due) {
            this.processId = processId;
            this.processKind = processKind;
            this.title = title;
            this.kind = kind;
            this.due = due;
        }
    }
}
