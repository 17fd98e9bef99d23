package org.jiceng.training.meeting;

import java.time.Clock;
import java.time.LocalDateTime;

import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of meeting records; every update names the version the user saw. */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    long insert(MeetingForm f, String username, String clientKey) {
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO org_meetings (org_id, meeting_type, held_on, planned_on, topic, chair, recorder, expected,
                    present, absences, decisions, status, version, created_by, created_at, updated_at, client_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', 0, ?, ?, ?, ?)""")
                .params(f.orgId(), f.type(), f.heldOn(), f.plannedOn(), f.topic().trim(), Text.clean(f.chair()), Text.clean(f.recorder()),
                        f.expected(), f.present(), Text.clean(f.absences()), Text.clean(f.decisions()), username, now, now,
                        clientKey)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The meeting recorded with a phone's key, if one was. */
    java.util.Optional<Long> byClientKey(String clientKey) {
        return jdbc.sql("SELECT id FROM org_meetings WHERE client_key = ?").param(clientKey).query(Long.class).optional();
    }

    /** Saves a correction; the record goes back to the township for review. */
    void update(long id, MeetingForm f, long version) {
        check(jdbc.sql("""
                UPDATE org_meetings SET meeting_type = ?, held_on = ?, planned_on = ?, topic = ?, chair = ?, recorder = ?,
                    expected = ?, present = ?, absences = ?, decisions = ?, status = 'SUBMITTED', version = version + 1,
                    updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(f.type(), f.heldOn(), f.plannedOn(), f.topic().trim(), Text.clean(f.chair()), Text.clean(f.recorder()),
                        f.expected(), f.present(), Text.clean(f.absences()), Text.clean(f.decisions()), LocalDateTime.now(clock), id, version)
                .update());
    }

    void review(long id, MeetingStatus status, String note, String reviewer, long version) {
        LocalDateTime now = LocalDateTime.now(clock);
        check(jdbc.sql("""
                UPDATE org_meetings SET status = ?, review_note = ?, reviewed_by = ?, reviewed_at = ?,
                    version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(status.name(), Text.clean(note), reviewer, now, now, id, version).update());
    }

    void replaceFrequencies(long county, int year, java.util.List<FrequencyForm.Item> items) {
        jdbc.sql("DELETE FROM meeting_frequencies WHERE org_id = ? AND rule_year = ?").params(county, year).update();
        for (FrequencyForm.Item item : items) {
            jdbc.sql("INSERT INTO meeting_frequencies (org_id, rule_year, meeting_type, period, min_count) VALUES (?, ?, ?, ?, ?)")
                    .params(county, year, item.type(), item.period().name(), item.minCount()).update();
        }
    }

    private static void check(int changed) {
        if (changed == 0) {
            throw new StaleEditException("该会议记录");
        }
    }

}
