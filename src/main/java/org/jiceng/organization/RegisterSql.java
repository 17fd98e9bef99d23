package org.jiceng.organization;

/**
 * The register's SQL vocabulary: the rules about people and posts that other modules write into their own queries,
 * stated once here so every module counts the same people. Each method returns a predicate over the caller's table
 * aliases or columns; the subtree predicates (people and rows under an org, the data scope) are in {@link ScopedSql}.
 * Other modules read {@code orgs}, {@code org_tree} and {@code people} directly only for names and counts; the
 * register's other tables ({@code committee_posts} …) only through these fragments.
 */
public final class RegisterSql {

    /** 党籍状态 正常: code 1 of the MEMBERSHIP_STATUS code list (not 停止党籍, 已转出, 已故). */
    static final String NORMAL_MEMBERSHIP = "1";

    private RegisterSql() {
    }

    /**
     * A party member (正式 or 预备), not a villager of the register.
     *
     * @param person the alias of the {@code people} row, e.g. {@code p}
     */
    public static String member(String person) {
        return person + ".political_status <> 'NONE'";
    }

    /**
     * A member in good standing: a party member whose 党籍状态 is 正常 — the people training hours, readings,
     * meetings and course places count.
     *
     * @param person the alias of the {@code people} row, e.g. {@code p}
     */
    public static String memberInGoodStanding(String person) {
        return member(person) + " AND " + person + ".membership_status = '" + NORMAL_MEMBERSHIP + "'";
    }

    /**
     * The person held a branch committee post (支委) at some time between two dates: started on or before the end,
     * not ended before the start. Committee members owe more training hours.
     *
     * @param personColumn the column holding the person id, e.g. {@code p.id}
     * @param fromParam    the named parameter of the first day, e.g. {@code from}
     * @param toParam      the named parameter of the last day, e.g. {@code to}
     */
    public static String committeeMemberDuring(String personColumn, String fromParam, String toParam) {
        return "EXISTS (SELECT 1 FROM committee_posts held_post WHERE held_post.person_id = " + personColumn
                + " AND held_post.started_on <= :" + toParam
                + " AND (held_post.ended_on IS NULL OR held_post.ended_on >= :" + fromParam + "))";
    }

    /**
     * The person is a branch secretary (书记, post {@value CommitteeRules#SECRETARY} of COMMITTEE_POST) today: a
     * secretary's post not ended.
     *
     * @param personColumn the column holding the person id, e.g. {@code p.id}
     */
    public static String secretaryInPost(String personColumn) {
        return "EXISTS (SELECT 1 FROM committee_posts held_post WHERE held_post.person_id = " + personColumn
                + " AND held_post.post = '" + CommitteeRules.SECRETARY + "' AND held_post.ended_on IS NULL)";
    }

    /**
     * Rules written above apply below: the row's org is the given org or one of its ancestors (a county's rule binds
     * its townships and villages).
     *
     * @param orgColumn the column holding the row's org id, e.g. {@code r.org_id}
     * @param org       the org asked about: a parameter ({@code ?} or {@code :org}) or a column
     */
    public static String atOrAbove(String orgColumn, String org) {
        return orgColumn + " IN (SELECT above_org.ancestor_id FROM org_tree above_org WHERE above_org.descendant_id = "
                + org + ")";
    }
}
