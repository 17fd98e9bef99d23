package org.jiceng.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jiceng.shared.RequestMemo;
import org.jiceng.shared.metrics.OrgBatches;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read access to the organization tree for every module: lookups, ancestors (breadcrumbs), children and the
 * "is this org under that one" question the data scope asks. Unscoped: callers apply the data scope.
 */
@Component
public class OrgTree {

    static final RowMapper<OrgSummary> SUMMARY = (rs, i) -> new OrgSummary(rs.getLong("id"),
            (Long) rs.getObject("parent_id", Long.class), OrgType.valueOf(rs.getString("org_type")),
            rs.getString("name"), rs.getString("short_name"), rs.getInt("depth"));

    private final JdbcClient jdbc;

    OrgTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An org by id. Read once per request, with its path: the scope guard, the service and the page ask for the same
     * org, whether it lies under the user's org ({@link #contains}) and for its breadcrumbs ({@link #path}), and one
     * statement answers all three. A write of an org in the request ({@link OrgRepository}) makes the next lookup read
     * again.
     */
    public Optional<OrgSummary> find(long orgId) {
        OrgSummary org = RequestMemo.<Long, OrgSummary>table(FOUND, true).get(orgId);
        if (org != null) {
            return Optional.of(org);
        }
        // Every org has its own row in the closure (distance 0), the last of its path; no path, no org.
        List<OrgSummary> path = path(orgId);
        return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
    }

    /** After a write of orgs: what this request read of them is read again. */
    static void forgetRequest() {
        RequestMemo.forget(FOUND);
        RequestMemo.forget(PATHS);
    }

    private static final String FOUND = OrgTree.class.getName() + ".found";
    private static final String PATHS = OrgTree.class.getName() + ".paths";

    /**
     * Whether {@code descendantId} is {@code ancestorId} itself or lies anywhere under it: whether the ancestor is on
     * the descendant's path, read once per org and request (lists filter their rows one by one through the data scope,
     * and a page asking the same question for every row should not ask the database each time).
     */
    public boolean contains(long ancestorId, long descendantId) {
        return path(descendantId).stream().anyMatch(o -> o.id() == ancestorId);
    }

    /** Which of {@code orgIds} are {@code ancestorId} itself or lie under it, in one query per thousand ids. */
    public Set<Long> containedIn(long ancestorId, Collection<Long> orgIds) {
        Set<Long> contained = new HashSet<>();
        for (List<Long> chunk : OrgBatches.chunks(new HashSet<>(orgIds))) {
            contained.addAll(jdbc.sql("SELECT descendant_id FROM org_tree WHERE ancestor_id = :a AND descendant_id IN (:ids)")
                    .param("a", ancestorId).param("ids", chunk).query(Long.class).list());
        }
        return contained;
    }

    /** Whether the org is a party group (its people carry it in party_group_id rather than org_id). */
    public boolean isPartyGroup(long orgId) {
        return find(orgId).map(o -> o.type() == OrgType.PARTY_GROUP).orElse(false);
    }

    /**
     * The path from the root down to the org itself, for breadcrumbs and the county above an org. Read once per org
     * and request, as {@link #find} is (the orgs on it are then found without reading them).
     */
    public List<OrgSummary> path(long orgId) {
        Map<Long, List<OrgSummary>> known = RequestMemo.table(PATHS, true);
        List<OrgSummary> path = known.get(orgId);
        if (path == null) {
            path = List.copyOf(jdbc.sql("""
                    SELECT o.id, o.parent_id, o.org_type, o.name, o.short_name, o.depth
                    FROM org_tree t JOIN orgs o ON o.id = t.ancestor_id
                    WHERE t.descendant_id = ? ORDER BY t.distance DESC""").param(orgId).query(SUMMARY).list());
            known.put(orgId, path);
            Map<Long, OrgSummary> found = RequestMemo.table(FOUND, true);
            path.forEach(o -> found.putIfAbsent(o.id(), o));
        }
        return path;
    }

    /** The county (县委) at or above the org; empty for orgs above the counties or not in the tree. */
    public Optional<OrgSummary> countyOf(long orgId) {
        return path(orgId).stream().filter(o -> o.type() == OrgType.COUNTY).findFirst();
    }

    /**
     * The id of the county at or above the org, or of the root where the tree has no county level: the org whose
     * rules (hour rules, pay standards, talk periods) apply to it.
     */
    public long countyOrRootOf(long orgId) {
        return countyOf(orgId).orElseGet(() -> path(orgId).get(0)).id();
    }

    public List<OrgSummary> children(long orgId) {
        return jdbc.sql("""
                SELECT id, parent_id, org_type, name, short_name, depth FROM orgs
                WHERE parent_id = ? ORDER BY sort_order, id""").param(orgId).query(SUMMARY).list();
    }

    /**
     * The kind of each of {@code orgIds} that exists, by id: for batch reads (metrics) that answer only for kinds of
     * org a figure applies to.
     */
    public Map<Long, OrgType> types(Collection<Long> orgIds) {
        Map<Long, OrgType> types = new HashMap<>();
        for (List<Long> chunk : OrgBatches.chunks(orgIds)) {
            jdbc.sql("SELECT id, org_type FROM orgs WHERE id IN (:ids)").param("ids", chunk)
                    .query(rs -> {
                        types.put(rs.getLong("id"), OrgType.valueOf(rs.getString("org_type")));
                    });
        }
        return types;
    }

    /** The township-level (or higher) ancestors' short names joined for display, e.g. "汉封乡 / 程家塬村". */
    public String label(long orgId) {
        List<OrgSummary> path = path(orgId);
        return path.stream().skip(Math.max(0, path.size() - 2)).map(OrgSummary::shortName)
                .reduce((a, b) -> a + " / " + b).orElse("");
    }
}
