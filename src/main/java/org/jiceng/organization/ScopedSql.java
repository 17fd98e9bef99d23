package org.jiceng.organization;

import java.util.Map;

import org.jiceng.shared.Scope;

/**
 * Turns a {@link Scope} into the SQL predicate every scoped query must carry: rows whose org lies in the user's
 * subtree (one indexed join on the closure table), rows of the user's own person record, or nothing.
 * Other modules use it for their own tables that hang on an org.
 */
public record ScopedSql(String predicate, Map<String, Object> params) {

    /**
     * No scope at all: the one way to read every row, for a system question whose caller has already checked the
     * user (a whole campaign's ranks, a township's results for its targets, final results for 奖惩).
     */
    public static ScopedSql unscoped() {
        return new ScopedSql("1 = 1", Map.of());
    }

    /**
     * @param orgColumn    the column holding the owning org id, e.g. {@code p.org_id}
     * @param personColumn the column holding the person id, or null when the rows are not a person's
     */
    public static ScopedSql of(Scope scope, String orgColumn, String personColumn) {
        return switch (scope.extent()) {
            case SUBTREE -> new ScopedSql(orgColumn
                    + " IN (SELECT scope_tree.descendant_id FROM org_tree scope_tree"
                    + " WHERE scope_tree.ancestor_id = :scopeOrgId)", Map.of("scopeOrgId", scope.orgId()));
            case SELF -> personColumn == null
                    ? new ScopedSql("1 = 0", Map.of())
                    : new ScopedSql(personColumn + " = :scopePersonId", Map.of("scopePersonId", scope.personId()));
            case NONE -> new ScopedSql("1 = 0", Map.of());
        };
    }

    /**
     * The scope as a correlated {@code EXISTS} on the closure table's key: for queries already narrowed by a join
     * ({@link #joinUnder}), where it is checked row by row with one key lookup. (H2 re-validates a parameterized
     * {@code IN (SELECT …)} for every row it filters, which made such queries several times slower; an IN stays
     * right where it drives the query.)
     */
    public static ScopedSql checkedPerRow(Scope scope, String orgColumn, String personColumn) {
        if (scope.extent() != Scope.Extent.SUBTREE) {
            return of(scope, orgColumn, personColumn);
        }
        return new ScopedSql("EXISTS (SELECT 1 FROM org_tree scope_tree WHERE scope_tree.ancestor_id = :scopeOrgId"
                + " AND scope_tree.descendant_id = " + orgColumn + ")", Map.of("scopeOrgId", scope.orgId()));
    }

    /**
     * Joins the subtree of an org the caller has already checked is in scope (a filter, not a scope) onto the rows'
     * org column: the index-driven form of {@link #underOrg}, to write right after the table holding the column.
     */
    public static String joinUnder(String orgColumn, String paramName) {
        return " JOIN org_tree under_tree ON under_tree.descendant_id = " + orgColumn
                + " AND under_tree.ancestor_id = :" + paramName + " ";
    }

    /**
     * For batch figures per requested org (metrics): joins each row's org to every one of the requested orgs
     * ({@code :idsParam}) at or above it, so grouping by {@link #ANCESTOR} counts the rows under each requested org
     * in one query. Callers pass orgs they have checked (metrics check no user).
     */
    public static String joinAncestorsIn(String orgColumn, String idsParam) {
        return " JOIN org_tree ancestor_tree ON ancestor_tree.descendant_id = " + orgColumn
                + " AND ancestor_tree.ancestor_id IN (:" + idsParam + ") ";
    }

    /** The requested org a row was joined to by {@link #joinAncestorsIn}. */
    public static final String ANCESTOR = "ancestor_tree.ancestor_id";

    /** Restricts rows to the subtree of an org the caller has already checked is in scope (a filter, not a scope). */
    public static String underOrg(String orgColumn, String paramName) {
        return orgColumn + " IN (SELECT under_tree.descendant_id FROM org_tree under_tree"
                + " WHERE under_tree.ancestor_id = :" + paramName + ")";
    }

    /**
     * People under an org: registered with a branch in its subtree, or — when the org is a party group — members of
     * that group (people are registered with their branch and carry their party group separately). One predicate,
     * chosen by the org's kind, keeps the query on an index; prefer it to {@link #peopleUnderOrg}'s OR of both.
     */
    public static String peopleUnder(boolean partyGroup, String orgColumn, String groupColumn, String paramName) {
        return partyGroup ? groupColumn + " = :" + paramName : underOrg(orgColumn, paramName);
    }

    /**
     * People under an org: registered with a branch in its subtree, or — when the org is a party group — members of
     * that group (people are registered with their branch and carry their party group separately).
     */
    public static String peopleUnderOrg(String orgColumn, String groupColumn, String paramName) {
        return "(" + underOrg(orgColumn, paramName) + " OR " + groupColumn + " = :" + paramName + ")";
    }

    /**
     * Rules written above apply below (a county's 考核方案 binds its townships and villages): rows owned by the user's
     * org or one of its ancestors. Members and administrators see none.
     */
    public static ScopedSql ownedAbove(Scope scope, String orgColumn) {
        if (scope.extent() != Scope.Extent.SUBTREE) {
            return new ScopedSql("1 = 0", Map.of());
        }
        return new ScopedSql(orgColumn + " IN (SELECT above_tree.ancestor_id FROM org_tree above_tree"
                + " WHERE above_tree.descendant_id = :scopeOrgId)", Map.of("scopeOrgId", scope.orgId()));
    }
}
