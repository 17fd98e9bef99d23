package org.jiceng.incentive.pay.grade;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for cadre grades: one per person and year. */
@Repository
class CadreGradeRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    CadreGradeRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<CadreGrade> find(long personId, int year) {
        return jdbc.sql("SELECT * FROM cadre_grades WHERE person_id = ? AND grade_year = ?").params(personId, year)
                .query((rs, i) -> grade(rs)).optional();
    }

    Map<Long, CadreGrade> ofTownship(long townshipId, int year) {
        Map<Long, CadreGrade> grades = new HashMap<>();
        jdbc.sql("SELECT * FROM cadre_grades WHERE township_id = ? AND grade_year = ?").params(townshipId, year)
                .query(rs -> {
                    grades.put(rs.getLong("person_id"), grade(rs));
                });
        return grades;
    }

    long insert(long personId, int year, String grade, long villageId, long townshipId, String source, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO cadre_grades (person_id, grade_year, grade, village_id, township_id, source, recorded_by,
                    recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, year, grade, villageId, townshipId, source, by, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, String grade, String source, String by, long version) {
        int updated = jdbc.sql("""
                UPDATE cadre_grades SET grade = ?, source = ?, recorded_by = ?, recorded_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(grade, source, by, LocalDateTime.now(clock), id, version).update();
        if (updated == 0) {
            throw new StaleEditException("该村干部的考核等次");
        }
    }

    private static CadreGrade grade(ResultSet rs) throws SQLException {
        return new CadreGrade(rs.getLong("id"), rs.getLong("person_id"), rs.getInt("grade_year"), rs.getString("grade"),
                rs.getLong("village_id"), rs.getString("source"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toLocalDateTime(), rs.getLong("version"));
    }
}
