package org.jiceng.incentive.reward;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Storage of reward records and of each township's yearly review process. Reads only this module's tables (plus the
 * register's scope predicate); stages, names and labels are added by the service through the other modules' APIs.
 */
@Repository
class RewardRepository {

    /** What a new record is made of: the rule's terms copied, the subject, the basis and where it came from. */
    record NewReward(RewardRule rule, long orgId, long townshipId, Long personId, String subjectName,
                     BigDecimal amount, String basis, String reason, LocalDate recordDate, LocalDate barsFrom,
                     LocalDate barsUntil, Long campaignId, Long entryId, long itemId, String createdBy,
                     LocalDateTime createdAt) {
    }

    private final JdbcClient jdbc;

    RewardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> process(long townshipId, int year) {
        return jdbc.sql("SELECT process_id FROM reward_processes WHERE township_id = ? AND reward_year = ?")
                .params(townshipId, year).query(Long.class).optional();
    }

    void insertProcess(long townshipId, int year, long processId) {
        jdbc.sql("INSERT INTO reward_processes (township_id, reward_year, process_id) VALUES (?, ?, ?)")
                .params(townshipId, year, processId).update();
    }

    long insert(NewReward r) {
        var keys = new GeneratedKeyHolder();
        RewardRule rule = r.rule();
        jdbc.sql("""
                INSERT INTO rewards (rule_id, reward_year, kind, nature, subject, org_id, township_id, person_id,
                    subject_name, amount, effect, basis, reason, record_date, bars_from, bars_until,
                    source_campaign_id, source_entry_id, generated_key, item_id, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(rule.id(), rule.year(), rule.kind(), rule.nature().name(), rule.subject().name(), r.orgId(),
                        r.townshipId(), r.personId(), r.subjectName(), r.amount(), rule.effect(), r.basis(),
                        r.reason(), r.recordDate(), r.barsFrom(), r.barsUntil(), r.campaignId(), r.entryId(),
                        r.entryId(), r.itemId(), r.createdBy(), r.createdAt())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Reward> find(long id) {
        return jdbc.sql("SELECT * FROM rewards WHERE id = ?").param(id).query(RewardRepository::reward).optional();
    }

    /** The record whose review item this is, if any. */
    Optional<Long> idByItem(long itemId) {
        return jdbc.sql("SELECT id FROM rewards WHERE item_id = ?").param(itemId).query(Long.class).optional();
    }

    Optional<Long> orgOf(long id) {
        return jdbc.sql("SELECT org_id FROM rewards WHERE id = ?").param(id).query(Long.class).optional();
    }

    /** The records of a year under an org (a filter the caller checked), within the user's scope. */
    List<Reward> list(ScopedSql scope, long underOrg, int year) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("underOrg", underOrg);
        params.put("year", year);
        return jdbc.sql("SELECT * FROM rewards r WHERE r.reward_year = :year AND " + scope.predicate() + " AND "
                        + ScopedSql.underOrg("r.org_id", "underOrg") + " ORDER BY r.township_id, r.nature DESC, "
                        + "r.rule_id, r.org_id, r.id")
                .params(params).query(RewardRepository::reward).list();
    }

    /** The entries a rule already has a standing (not reversed) record for. */
    Set<Long> generatedEntries(long ruleId) {
        return new HashSet<>(jdbc.sql("SELECT generated_key FROM rewards WHERE rule_id = ? AND generated_key IS NOT NULL")
                .param(ruleId).query(Long.class).list());
    }

    void setFlag(long id, long flagId) {
        jdbc.sql("UPDATE rewards SET flag_id = ?, version = version + 1 WHERE id = ?").params(flagId, id).update();
    }

    /** Marks a record reversed (it no longer counts, and its campaign result may be generated again). */
    void reverse(long id, long version, String username, String reason, LocalDateTime at) {
        int rows = jdbc.sql("""
                UPDATE rewards SET reversed_at = ?, reversed_by = ?, reversal_reason = ?, generated_key = NULL,
                    version = version + 1
                WHERE id = ? AND version = ? AND reversed_at IS NULL""")
                .params(at, username, reason, id, version).update();
        if (rows != 1) {
            throw new StaleEditException("该奖惩记录");
        }
    }

    private static Reward reward(ResultSet rs, int n) throws SQLException {
        return new Reward(rs.getLong("id"), rs.getLong("rule_id"), null, rs.getInt("reward_year"), rs.getString("kind"),
                null, Nature.valueOf(rs.getString("nature")), Subject.valueOf(rs.getString("subject")),
                rs.getLong("org_id"), rs.getLong("township_id"), null, (Long) rs.getObject("person_id", Long.class),
                rs.getString("subject_name"), rs.getBigDecimal("amount"), rs.getString("effect"), rs.getString("basis"),
                rs.getString("reason"), rs.getObject("record_date", LocalDate.class),
                rs.getObject("bars_from", LocalDate.class), rs.getObject("bars_until", LocalDate.class),
                (Long) rs.getObject("source_campaign_id", Long.class), (Long) rs.getObject("source_entry_id", Long.class),
                rs.getLong("item_id"), null, null, 0, (Long) rs.getObject("flag_id", Long.class),
                rs.getObject("reversed_at", LocalDateTime.class), rs.getString("reversed_by"),
                rs.getString("reversal_reason"), rs.getLong("version"), rs.getString("created_by"),
                rs.getObject("created_at", LocalDateTime.class));
    }
}
