package org.jiceng.organization;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code org_member_counts} — the members (正式 and 预备党员) registered directly with each org — in step
 * with the people register: every write that may change a person's org or political status calls {@link #leave}
 * before and {@link #join} after it, in the same transaction. Changes are deltas on one row, so concurrent writers
 * serialize on that row and never lose a count. Bulk loaders that write people directly (demo, generator) rebuild
 * the counts when they finish.
 */
@Component
class MemberCounts {

    private final JdbcClient jdbc;

    MemberCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person, if a member, no longer counts at their current org. */
    void leave(long personId) {
        adjust(personId, -1);
    }

    /** The person, if a member, counts at their current org. */
    void join(long personId) {
        if (adjust(personId, 1) == 0) {
            jdbc.sql("""
                    INSERT INTO org_member_counts (org_id, members)
                    SELECT p.org_id, 1 FROM people p WHERE p.id = ? AND p.political_status <> 'NONE'
                      AND NOT EXISTS (SELECT 1 FROM org_member_counts c WHERE c.org_id = p.org_id)""")
                    .param(personId).update();
        }
    }

    /** Members added in bulk (an import): each org's count grows by the members registered with it. */
    void added(java.util.Map<Long, Integer> membersByOrg) {
        membersByOrg.forEach((orgId, members) -> {
            int updated = jdbc.sql("UPDATE org_member_counts SET members = members + ? WHERE org_id = ?")
                    .params(members, orgId).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO org_member_counts (org_id, members) VALUES (?, ?)").params(orgId, members).update();
            }
        });
    }

    private int adjust(long personId, int delta) {
        return jdbc.sql("""
                UPDATE org_member_counts SET members = members + :delta
                WHERE org_id = (SELECT p.org_id FROM people p WHERE p.id = :id AND p.political_status <> 'NONE')""")
                .param("delta", delta).param("id", personId).update();
    }
}
