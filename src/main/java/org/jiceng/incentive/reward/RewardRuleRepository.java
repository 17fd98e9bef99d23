package org.jiceng.incentive.reward;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.organization.PersonFlagKind;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Scope;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of reward rules; every update names the version it read. Names and labels are added by the service. */
@Repository
class RewardRuleRepository {

    private final JdbcClient jdbc;

    RewardRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long ownerOrgId, RewardRuleForm f, String username, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO reward_rules (owner_org_id, rule_year, name, kind, nature, subject, amount, effect,
                    campaign_family, grade, flag_kind, flag_months, basis, active, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ownerOrgId, f.year(), f.name().strip(), f.kind(), f.nature().name(), f.subject().name(),
                        f.amount(), text(f.effect()), text(f.family()), text(f.grade()),
                        f.flagKind() == null ? null : f.flagKind().name(), f.flagMonths(), f.basis().strip(),
                        f.isActive(), username, now, now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, RewardRuleForm f, long version, LocalDateTime now) {
        int rows = jdbc.sql("""
                UPDATE reward_rules SET name = ?, kind = ?, nature = ?, subject = ?, amount = ?, effect = ?,
                    campaign_family = ?, grade = ?, flag_kind = ?, flag_months = ?, basis = ?, active = ?,
                    updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(f.name().strip(), f.kind(), f.nature().name(), f.subject().name(), f.amount(),
                        text(f.effect()), text(f.family()), text(f.grade()),
                        f.flagKind() == null ? null : f.flagKind().name(), f.flagMonths(), f.basis().strip(),
                        f.isActive(), now, id, version)
                .update();
        if (rows != 1) {
            throw new StaleEditException("该奖惩规则");
        }
    }

    Optional<RewardRule> find(long id) {
        return jdbc.sql("SELECT * FROM reward_rules WHERE id = ?").param(id).query(RewardRuleRepository::rule).optional();
    }

    Optional<Long> ownerOf(long id) {
        return jdbc.sql("SELECT owner_org_id FROM reward_rules WHERE id = ?").param(id).query(Long.class).optional();
    }

    /** The rules of a year that apply at the org (set at or above it) or were set below it. */
    List<RewardRule> around(long orgId, int year) {
        ScopedSql above = ScopedSql.ownedAbove(Scope.subtree(orgId), "r.owner_org_id");
        ScopedSql below = ScopedSql.of(Scope.subtree(orgId), "r.owner_org_id", null);
        Map<String, Object> params = new HashMap<>(above.params());
        params.put("year", year);
        return jdbc.sql("SELECT * FROM reward_rules r WHERE r.rule_year = :year AND (" + above.predicate() + " OR "
                        + below.predicate() + ") ORDER BY r.owner_org_id, r.nature DESC, r.kind, r.id")
                .params(params).query(RewardRuleRepository::rule).list();
    }

    /** The active rules of a year that apply at the org: set by it or by an org above it (its county). */
    List<RewardRule> applying(long orgId, int year) {
        ScopedSql above = ScopedSql.ownedAbove(Scope.subtree(orgId), "r.owner_org_id");
        Map<String, Object> params = new HashMap<>(above.params());
        params.put("year", year);
        return jdbc.sql("SELECT * FROM reward_rules r WHERE r.rule_year = :year AND r.active = TRUE AND "
                        + above.predicate() + " ORDER BY r.owner_org_id, r.nature DESC, r.kind, r.id")
                .params(params).query(RewardRuleRepository::rule).list();
    }

    private static RewardRule rule(ResultSet rs, int n) throws SQLException {
        String flag = rs.getString("flag_kind");
        return new RewardRule(rs.getLong("id"), rs.getLong("owner_org_id"), null, rs.getInt("rule_year"),
                rs.getString("name"), rs.getString("kind"), null, Nature.valueOf(rs.getString("nature")),
                Subject.valueOf(rs.getString("subject")), rs.getBigDecimal("amount"), rs.getString("effect"),
                rs.getString("campaign_family"), rs.getString("grade"), flag == null ? null : PersonFlagKind.valueOf(flag),
                (Integer) rs.getObject("flag_months", Integer.class), rs.getString("basis"), rs.getBoolean("active"),
                rs.getLong("version"));
    }

    private static String text(String s) {
        return Text.clean(s);
    }
}
