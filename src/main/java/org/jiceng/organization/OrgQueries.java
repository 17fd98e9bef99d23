package org.jiceng.organization;

import java.util.List;

import org.jiceng.shared.DataScope;
import org.jiceng.shared.Scope;
import org.jiceng.shared.ScopeKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the tree pages: nodes with the number of members and child organizations under them. Member numbers
 * are the subtree's register figures ({@link RegisterFigures}, the ones the workbench shows), so a node costs a row
 * or two whatever lies under it: a province's root read 40,851 orgs' counts before (about 100 ms).
 */
@Component
@Transactional(readOnly = true)
public class OrgQueries {

    private static final String NODE_SELECT = """
            SELECT o.id, o.parent_id, o.org_type, o.name, o.short_name, o.depth,
                   (SELECT COALESCE(SUM(f.total), 0) FROM org_register_figures f
                    WHERE f.org_id = o.id AND f.figure IN ('status:FULL', 'status:PROBATIONARY'))
                   + (SELECT COUNT(*) FROM people g WHERE g.party_group_id = o.id AND g.political_status <> 'NONE')
                   AS members,
                   (SELECT COUNT(*) FROM orgs c WHERE c.parent_id = o.id) AS children
            FROM orgs o""";

    private static final RowMapper<OrgNode> NODE = (rs, i) -> new OrgNode(rs.getLong("id"),
            rs.getObject("parent_id", Long.class), OrgType.valueOf(rs.getString("org_type")), rs.getString("name"),
            rs.getString("short_name"), rs.getInt("depth"), rs.getLong("members"), rs.getLong("children"));

    private final JdbcClient jdbc;
    private final DataScope scope;

    OrgQueries(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** The top of the user's part of the tree: their own org (none for users who see no register). */
    public List<OrgNode> roots() {
        Scope s = scope.scope(ScopeKind.REGISTER);
        return s.extent() == Scope.Extent.SUBTREE ? List.of(node(s.orgId())) : List.of();
    }

    /** The children of an org the caller has checked is in scope (children are then in scope too). */
    public List<OrgNode> children(long orgId) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "o.id", null);
        return jdbc.sql(NODE_SELECT + " WHERE o.parent_id = :parent AND " + scoped.predicate()
                        + " ORDER BY o.sort_order, o.id")
                .param("parent", orgId).params(scoped.params()).query(NODE).list();
    }

    public OrgNode node(long orgId) {
        return jdbc.sql(NODE_SELECT + " WHERE o.id = ?").param(orgId).query(NODE).single();
    }

    /** Orgs in scope a member may be registered with or transferred to, for pickers: branches and general branches. */
    public List<OrgSummary> memberHoldingOrgs(String nameLike, int limit) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "o.id", null);
        boolean filtered = nameLike != null && !nameLike.isBlank();
        var spec = jdbc.sql("SELECT o.id, o.parent_id, o.org_type, o.name, o.short_name, o.depth FROM orgs o WHERE "
                        + scoped.predicate() + " AND o.org_type IN ('BRANCH', 'GENERAL_BRANCH')"
                        + (filtered ? " AND (o.short_name LIKE :q OR o.name LIKE :q)" : "")
                        + " ORDER BY o.depth, o.sort_order, o.id LIMIT :limit")
                .params(scoped.params()).param("limit", limit);
        if (filtered) {
            spec = spec.param("q", "%" + nameLike.trim() + "%");
        }
        return spec.query(OrgTree.SUMMARY).list();
    }

    /** Every org in scope in tree order with indentation depth, for select boxes (capped for province-size trees). */
    public List<OrgSummary> inScope(int limit) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "o.id", null);
        return jdbc.sql("SELECT o.id, o.parent_id, o.org_type, o.name, o.short_name, o.depth FROM orgs o WHERE "
                        + scoped.predicate() + " ORDER BY o.depth, o.sort_order, o.id LIMIT :limit")
                .params(scoped.params()).param("limit", limit).query(OrgTree.SUMMARY).list();
    }
}
