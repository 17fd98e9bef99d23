package org.jiceng.organization;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The org directory for administration: names of organizations (never people's records) so the security
 * administrator can place accounts in the tree, whether a person id names a party member and where, and the root
 * organization a fresh installation starts from. Unscoped: callers pass an org they have checked.
 */
@Component
public class OrgDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;

    OrgDirectory(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Orgs above party-group level under {@code rootId} (itself included) whose name contains {@code q}. */
    public List<OrgSummary> under(long rootId, String q, int limit) {
        String like = "%" + (q == null ? "" : q.trim()) + "%";
        return jdbc.sql("""
                SELECT o.id, o.parent_id, o.org_type, o.name, o.short_name, o.depth FROM orgs o
                JOIN org_tree t ON t.descendant_id = o.id AND t.ancestor_id = :root
                WHERE o.org_type <> 'PARTY_GROUP' AND (o.name LIKE :q OR o.short_name LIKE :q)
                ORDER BY o.depth, o.sort_order, o.id FETCH FIRST :limit ROWS ONLY""")
                .param("root", rootId).param("q", like).param("limit", limit).query(OrgTree.SUMMARY).list();
    }

    /** The org a party member (not a villager) is registered with, if the person id names one. */
    public Optional<Long> memberOrg(long personId) {
        return jdbc.sql("SELECT org_id FROM people WHERE id = ? AND political_status <> 'NONE'").param(personId)
                .query(Long.class).optional();
    }

    /** The first top-level org, if the tree has any. */
    public Optional<Long> rootId() {
        return jdbc.sql("SELECT id FROM orgs WHERE parent_id IS NULL ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .query(Long.class).optional();
    }

    /** Creates the county committee a new installation starts from, with its own row in the closure table. */
    public long createRoot(String name, String shortName) {
        LocalDateTime now = LocalDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO orgs (parent_id, org_type, name, short_name, depth, sort_order, version, created_at, updated_at)
                VALUES (NULL, 'COUNTY', ?, ?, 0, 0, 0, ?, ?)""").params(name, shortName, now, now).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("INSERT INTO org_tree (ancestor_id, descendant_id, distance) VALUES (?, ?, 0)").params(id, id).update();
        return id;
    }
}
