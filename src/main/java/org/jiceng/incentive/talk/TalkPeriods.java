package org.jiceng.incentive.talk;

import java.util.List;
import java.util.Optional;

import org.jiceng.organization.OrgTree;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the influence period of 诫勉谈话 that applies to an org in a year: the one its county set for that year, or
 * the latest earlier year's (a county's rule carries over until it changes it). Rules differ by county and year, so
 * they are data (table {@code talk_rules}), never a constant.
 */
@Component
class TalkPeriods {

    static final RowMapper<TalkRule> RULE = (rs, i) -> new TalkRule(rs.getLong("id"), rs.getLong("org_id"),
            rs.getInt("rule_year"), rs.getInt("admonition_months"), rs.getLong("version"));

    private final JdbcClient jdbc;
    private final OrgTree tree;

    TalkPeriods(JdbcClient jdbc, OrgTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    /** The county (县委) above or at the org, or the root where the tree has no county level. */
    long countyOf(long orgId) {
        return tree.countyOrRootOf(orgId);
    }

    Optional<TalkRule> applying(long orgId, int year) {
        return jdbc.sql("SELECT * FROM talk_rules WHERE org_id = ? AND rule_year <= ? ORDER BY rule_year DESC LIMIT 1")
                .params(countyOf(orgId), year).query(RULE).optional();
    }

    /** Every year the county of the org has set, latest first. */
    List<TalkRule> ofCounty(long orgId) {
        return jdbc.sql("SELECT * FROM talk_rules WHERE org_id = ? ORDER BY rule_year DESC").param(countyOf(orgId))
                .query(RULE).list();
    }
}
