package org.jiceng.incentive.talk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of talk records and the counties' influence periods; every change names the version the user saw. */
@Repository
class TalkRepository {

    private static final RowMapper<Talk> TALK = (rs, i) -> new Talk(rs.getLong("id"),
            TalkKind.valueOf(rs.getString("kind")), rs.getLong("person_id"), rs.getString("subject_name"),
            rs.getString("subject_unit"), rs.getString("subject_post"), rs.getLong("org_id"),
            rs.getObject("township_id", Long.class), rs.getLong("held_by_org_id"), rs.getString("held_by_name"),
            rs.getObject("held_on", LocalDate.class), rs.getString("place"), rs.getString("talker_name"),
            rs.getString("talker_post"), rs.getString("recorder_name"), rs.getString("recorder_post"),
            rs.getString("reason"), rs.getString("content"), rs.getString("statement"), rs.getString("follow_up"),
            rs.getObject("effective_until", LocalDate.class), rs.getObject("flag_id", Long.class),
            TalkStatus.valueOf(rs.getString("status")), rs.getObject("checked_on", LocalDate.class),
            rs.getString("check_result"), rs.getString("checked_by"), rs.getString("withdrawn_reason"),
            rs.getString("withdrawn_by"), rs.getObject("withdrawn_at", LocalDateTime.class),
            rs.getString("created_by"), rs.getObject("created_at", LocalDateTime.class), rs.getLong("version"));

    private final JdbcClient jdbc;
    private final Clock clock;

    TalkRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Who, where and in which capacity, as the record states them on the day. */
    record Parties(long orgId, Long townshipId, String subjectName, String subjectUnit, String subjectPost,
                   long heldByOrgId, String heldByName) {
    }

    long insert(TalkForm f, Parties p, LocalDate effectiveUntil, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO talks (kind, person_id, org_id, township_id, held_by_org_id, held_by_name, subject_name,
                    subject_unit, subject_post, held_on, place, talker_name, talker_post, recorder_name, recorder_post,
                    reason, content, statement, follow_up, effective_until, status, created_by, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECORDED', ?, ?, 0)""")
                .params(f.kind().name(), f.personId(), p.orgId(), p.townshipId(), p.heldByOrgId(), p.heldByName(),
                        p.subjectName(), p.subjectUnit(), p.subjectPost(), f.heldOn(), f.place().strip(),
                        f.talkerName().strip(), f.talkerPost().strip(), f.recorderName().strip(), Text.clean(f.recorderPost()),
                        f.reason().strip(), f.content().strip(), Text.clean(f.statement()), Text.clean(f.followUp()),
                        effectiveUntil, username, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void setFlag(long id, long flagId) {
        jdbc.sql("UPDATE talks SET flag_id = ? WHERE id = ?").params(flagId, id).update();
    }

    Optional<Talk> find(long id) {
        return jdbc.sql("SELECT * FROM talks WHERE id = ?").param(id).query(TALK).optional();
    }

    /** Talks about people under {@code orgId} held in the year, within the user's scope, latest first. */
    PageResult<Talk> list(ScopedSql scoped, long orgId, int year, TalkKind kind, PageQuery page) {
        Map<String, Object> params = new HashMap<>(scoped.params());
        params.put("org", orgId);
        params.put("from", LocalDate.of(year, 1, 1));
        params.put("to", LocalDate.of(year, 12, 31));
        String where = " WHERE " + scoped.predicate() + " AND " + ScopedSql.underOrg("t.org_id", "org")
                + " AND t.held_on BETWEEN :from AND :to";
        if (kind != null) {
            where += " AND t.kind = :kind";
            params.put("kind", kind.name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM talks t" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Talk> items = jdbc.sql("SELECT t.* FROM talks t" + where
                        + " ORDER BY t.held_on DESC, t.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(TALK).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    void check(long id, LocalDate checkedOn, String result, String username, long version) {
        changed(jdbc.sql("""
                UPDATE talks SET status = 'CHECKED', checked_on = ?, check_result = ?, checked_by = ?,
                    version = version + 1 WHERE id = ? AND version = ?""")
                .params(checkedOn, result.strip(), username, id, version).update());
    }

    void withdraw(long id, String reason, String username, long version) {
        changed(jdbc.sql("""
                UPDATE talks SET status = 'WITHDRAWN', flag_id = NULL, withdrawn_reason = ?, withdrawn_by = ?,
                    withdrawn_at = ?, version = version + 1 WHERE id = ? AND version = ?""")
                .params(reason.strip(), username, LocalDateTime.now(clock), id, version).update());
    }

    Optional<TalkRule> ruleOfYear(long county, int year) {
        return jdbc.sql("SELECT * FROM talk_rules WHERE org_id = ? AND rule_year = ?").params(county, year)
                .query(TalkPeriods.RULE).optional();
    }

    void insertRule(long county, int year, int months) {
        jdbc.sql("INSERT INTO talk_rules (org_id, rule_year, admonition_months, version) VALUES (?, ?, ?, 0)")
                .params(county, year, months).update();
    }

    void updateRule(long id, int months, long version) {
        changed(jdbc.sql("UPDATE talk_rules SET admonition_months = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(months, id, version).update());
    }

    private static void changed(int rows) {
        if (rows == 0) {
            throw new StaleEditException("该记录");
        }
    }

}
