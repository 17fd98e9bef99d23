package org.jiceng.training.hours;

import java.util.Optional;

import org.jiceng.organization.OrgTree;
import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Finds the training-hour requirements that apply to an org in a year: those its county set for that year, or —
 * when the county has not set that year yet — the latest earlier year's (requirements carry over until changed) —
 * and writes a county's rules for a year (updates check the version the user edited from).
 */
@Component
public class HourRules {

    private final JdbcClient jdbc;
    private final OrgTree tree;

    HourRules(JdbcClient jdbc, OrgTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    /** The county (县委) above or at the org, or the root where the tree has no county level. */
    public long countyOf(long orgId) {
        return tree.countyOrRootOf(orgId);
    }

    /** The county's rule of the year or the latest before it; read once per read-only request. */
    public Optional<HourRule> applying(long orgId, int year) {
        return org.jiceng.shared.RequestMemo.once(HourRules.class.getName() + ":" + orgId + ":" + year,
                () -> read(orgId, year));
    }

    private Optional<HourRule> read(long orgId, int year) {
        return jdbc.sql("""
                SELECT * FROM training_hour_rules WHERE org_id = ? AND rule_year <= ?
                ORDER BY rule_year DESC LIMIT 1""")
                .params(countyOf(orgId), year).query((rs, i) -> new HourRule(rs.getLong("id"), rs.getLong("org_id"),
                        rs.getInt("rule_year"), rs.getBigDecimal("member_hours"), rs.getBigDecimal("committee_hours"),
                        rs.getBigDecimal("day_hours"), rs.getLong("version")))
                .optional();
    }

    /** The rule set for exactly this year, if the county has set one. */
    Optional<HourRule> ofYear(long orgId, int year) {
        return applying(orgId, year).filter(rule -> rule.year() == year);
    }

    long insertRule(HourRule r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO training_hour_rules (org_id, rule_year, member_hours, committee_hours, day_hours, version)
                VALUES (?, ?, ?, ?, ?, 0)""")
                .params(r.orgId(), r.year(), r.memberHours(), r.committeeHours(), r.dayHours()).update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateRule(long id, HourRule r, long version) {
        int changed = jdbc.sql("""
                UPDATE training_hour_rules SET member_hours = ?, committee_hours = ?, day_hours = ?,
                    version = version + 1 WHERE id = ? AND version = ?""")
                .params(r.memberHours(), r.committeeHours(), r.dayHours(), id, version).update();
        if (changed == 0) {
            throw new StaleEditException(r.year() + "年学时要求");
        }
    }
}
