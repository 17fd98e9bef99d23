package org.jiceng.assessment.campaign;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Storage of the scores entered for campaign entries (the branch's own and the township's review, per indicator) and
 * of the results computed from them (totals, grades, dimension points, a recorded 破格).
 */
@Repository
class ScoreRepository {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JdbcTemplate template;

    ScoreRepository(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.template = template;
    }

    Map<String, EntryScore> scores(long entryId) {
        Map<String, EntryScore> scores = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM campaign_scores WHERE entry_id = ?").param(entryId)
                .query(rs -> {
                    EntryScore s = score(rs);
                    scores.put(s.code(), s);
                });
        return scores;
    }

    /** The scores of many entries, by entry: one query per 1,000 entries. */
    Map<Long, Map<String, EntryScore>> scoresOf(List<Long> entryIds) {
        Map<Long, Map<String, EntryScore>> all = new HashMap<>();
        for (int from = 0; from < entryIds.size(); from += 1000) {
            jdbc.sql("SELECT * FROM campaign_scores WHERE entry_id IN (:ids)")
                    .param("ids", entryIds.subList(from, Math.min(entryIds.size(), from + 1000)))
                    .query(rs -> {
                        all.computeIfAbsent(rs.getLong("entry_id"), k -> new HashMap<>())
                                .put(rs.getString("indicator_code"), score(rs));
                    });
        }
        return all;
    }

    /** What a recompute needs of an entry besides its scores; {@code subjectId} is the person, else the org. */
    record EntryKey(long id, long subjectId, String exceptionGrade, String exceptionReason) {
    }

    List<EntryKey> entryKeys(long campaignId) {
        return jdbc.sql("""
                SELECT id, COALESCE(person_id, org_id), exception_grade, exception_reason FROM campaign_entries
                WHERE campaign_id = ? ORDER BY id""")
                .param(campaignId)
                .query((rs, n) -> new EntryKey(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).list();
    }

    /**
     * Writes the rows a desk changed ({@code self}: the branch's value and note, else the reviewer's value and reason,
     * each with who and when): one batch updating the rows the entry had, one inserting the new ones.
     */
    void save(long entryId, List<EntryScore> rows, java.util.Set<String> existing, boolean self) {
        String columns = self ? "self_value, self_note, self_by, self_at" : "review_value, review_reason, review_by, review_at";
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (EntryScore r : rows) {
            Object[] values = self ? new Object[] {r.selfValue(), r.selfNote(), r.selfBy(), r.selfAt()}
                    : new Object[] {r.reviewValue(), r.reviewReason(), r.reviewBy(), r.reviewAt()};
            if (existing.contains(r.code())) {
                updates.add(new Object[] {values[0], values[1], values[2], values[3], entryId, r.code()});
            } else {
                inserts.add(new Object[] {entryId, r.code(), values[0], values[1], values[2], values[3]});
            }
        }
        if (!updates.isEmpty()) {
            template.batchUpdate("UPDATE campaign_scores SET " + columns.replace(",", " = ?,") + " = ?"
                    + " WHERE entry_id = ? AND indicator_code = ?", updates);
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate("INSERT INTO campaign_scores (entry_id, indicator_code, " + columns
                    + ") VALUES (?, ?, ?, ?, ?, ?)", inserts);
        }
    }

    /** A computed result of one entry, ready to be written in a batch. */
    record Result(long entryId, BigDecimal base, BigDecimal bonus, BigDecimal deductions, BigDecimal total,
                  String computedGrade, String grade, String note, boolean vetoed, int missing, String previousGrade,
                  Map<String, BigDecimal> dimensions) {
    }

    void writeResults(List<Result> results) {
        template.batchUpdate("""
                UPDATE campaign_entries SET base_total = ?, bonus = ?, deductions = ?, total = ?, computed_grade = ?,
                    grade = ?, grade_note = ?, vetoed = ?, missing = ?, previous_grade = ? WHERE id = ?""",
                results, 1000, (ps, r) -> {
                    ps.setBigDecimal(1, r.base());
                    ps.setBigDecimal(2, r.bonus());
                    ps.setBigDecimal(3, r.deductions());
                    ps.setBigDecimal(4, r.total());
                    ps.setString(5, r.computedGrade());
                    ps.setString(6, r.grade());
                    ps.setString(7, r.note());
                    ps.setBoolean(8, r.vetoed());
                    ps.setInt(9, r.missing());
                    ps.setString(10, r.previousGrade());
                    ps.setLong(11, r.entryId());
                });
        List<Object[]> dims = new ArrayList<>();
        List<Object[]> ids = new ArrayList<>();
        for (Result r : results) {
            ids.add(new Object[] {r.entryId()});
            r.dimensions().forEach((code, points) -> dims.add(new Object[] {r.entryId(), code, points}));
        }
        template.batchUpdate("DELETE FROM campaign_dimension_scores WHERE entry_id = ?", ids);
        template.batchUpdate("INSERT INTO campaign_dimension_scores (entry_id, dimension_code, points) VALUES (?, ?, ?)", dims);
    }

    void markComputed(long campaignId) {
        jdbc.sql("UPDATE assessment_campaigns SET computed_at = ? WHERE id = ?").params(LocalDateTime.now(clock), campaignId).update();
    }

    void setException(long entryId, String grade, String reason) {
        jdbc.sql("UPDATE campaign_entries SET exception_grade = ?, exception_reason = ? WHERE id = ?")
                .params(grade, reason, entryId).update();
    }

    private static EntryScore score(ResultSet rs) throws SQLException {
        return new EntryScore(rs.getString("indicator_code"), rs.getBigDecimal("self_value"), rs.getString("self_note"),
                rs.getString("self_by"), CampaignRepository.time(rs, "self_at"), rs.getBigDecimal("review_value"),
                rs.getString("review_reason"), rs.getString("review_by"), CampaignRepository.time(rs, "review_at"));
    }}
