package org.jiceng.training.session;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.jiceng.training.TrainingRollups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes of sessions and attendance lists; updates check the version the user edited from. Attendance
 * writes recount the people's hours ({@link TrainingRollups}) in the same transaction, whoever calls them.
 */
@Repository
public class TrainingRepository {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TrainingRollups rollups;

    TrainingRepository(JdbcClient jdbc, TrainingRollups rollups, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.rollups = rollups;
    }

    long insertSession(SessionForm f, BigDecimal hours, String username) {
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO training_sessions (org_id, topic, category, delivery_mode, organizer, instructor, venue,
                    start_date, end_date, hours, unnamed_villagers, note, version, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(f.orgId(), f.topic().trim(), f.category(), f.mode(), blankToNull(f.organizer()),
                        blankToNull(f.instructor()), blankToNull(f.venue()), f.startDate(), f.lastDay(), hours,
                        f.unnamedVillagers() == null ? 0 : f.unnamedVillagers(), blankToNull(f.note()), username, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateSession(long id, SessionForm f, BigDecimal hours, long version) {
        int changed = jdbc.sql("""
                UPDATE training_sessions SET topic = ?, category = ?, delivery_mode = ?, organizer = ?, instructor = ?,
                    venue = ?, start_date = ?, end_date = ?, hours = ?, unnamed_villagers = ?, note = ?,
                    version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(f.topic().trim(), f.category(), f.mode(), blankToNull(f.organizer()), blankToNull(f.instructor()),
                        blankToNull(f.venue()), f.startDate(), f.lastDay(), hours,
                        f.unnamedVillagers() == null ? 0 : f.unnamedVillagers(), blankToNull(f.note()),
                        LocalDateTime.now(clock), id, version)
                .update();
        if (changed == 0) {
            throw new StaleEditException("该培训记录");
        }
    }

    /** Credits attendees the session's hours when the session's hours change. */
    public void recreditAttendance(long sessionId, BigDecimal hours) {
        jdbc.sql("UPDATE training_attendance SET hours = ? WHERE session_id = ? AND attended").params(hours, sessionId)
                .update();
    }

    /** Any change of the attendance list is a change of the session: its version moves on. */
    public void touch(long sessionId) {
        jdbc.sql("UPDATE training_sessions SET version = version + 1, updated_at = ? WHERE id = ?")
                .params(LocalDateTime.now(clock), sessionId).update();
    }

    void insertAttendance(long sessionId, List<Long> personIds, boolean attended, String reason, BigDecimal hours) {
        BigDecimal credited = attended ? hours : BigDecimal.ZERO;
        String why = attended ? null : reason.trim();
        rollups.hours(personIds, List.of(yearOf(sessionId)), () -> {
            for (Long personId : personIds) {
                jdbc.sql("""
                        INSERT INTO training_attendance (session_id, person_id, attended, absence_reason, hours)
                        VALUES (?, ?, ?, ?, ?)""").params(sessionId, personId, attended, why, credited).update();
            }
            return null;
        });
    }

    int removeAttendance(long sessionId, long personId) {
        return rollups.hours(List.of(personId), List.of(yearOf(sessionId)), () -> jdbc.sql(
                "DELETE FROM training_attendance WHERE session_id = ? AND person_id = ?").params(sessionId, personId)
                .update());
    }

    private int yearOf(long sessionId) {
        return jdbc.sql("SELECT start_date FROM training_sessions WHERE id = ?").param(sessionId)
                .query(java.time.LocalDate.class).single().getYear();
    }

    private static String blankToNull(String value) {
        return Text.clean(value);
    }
}
