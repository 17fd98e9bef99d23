package org.jiceng.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.jiceng.organization.RegisterLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the rollups the training dashboards read (V43) equal to a recount of the raw records:
 * {@code training_person_hours} (a person's hours in a year: attended sessions by start date, studied readings by
 * study date) and {@code org_meeting_months} (meetings an org held per type and month, returned records left out).
 * <p>
 * Every write of attendance, studies, sessions or meetings runs through {@link #hours}, {@link #session} or
 * {@link #meetings} in its own transaction: the owner rows (people, the org) are locked in id order by the register
 * ({@link RegisterLocks}), the write runs, and the touched cells are recounted from the raw records. Two writers
 * touching the same person or branch so run one after the other, and the second recounts what the first committed.
 * Bulk loaders that write raw records directly (demo, generator) call {@link #rebuild} when they finish.
 */
@Component
public class TrainingRollups {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final RegisterLocks locks;

    TrainingRollups(JdbcClient jdbc, RegisterLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    /**
     * Runs a write of these people's attendance or studies, then recounts their hours in these years. The people
     * are locked before the write: writing a record that references a person takes a key-share lock on that person
     * (PostgreSQL), so taking the exclusive lock after it would deadlock two writers of the same people.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T hours(Collection<Long> personIds, Collection<Integer> years, Supplier<T> write) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(personIds));
        locks.lockPeople(ids);
        T result = write.get();
        for (List<Long> chunk : chunks(ids)) {
            for (int year : new TreeSet<>(years)) {
                jdbc.sql("DELETE FROM training_person_hours WHERE hours_year = :year AND person_id IN (:ids)")
                        .param("year", year).param("ids", chunk).update();
                jdbc.sql("""
                        INSERT INTO training_person_hours (person_id, hours_year, hours)
                        SELECT x.person_id, :year, SUM(x.h) FROM (
                            SELECT a.person_id, a.hours AS h FROM training_attendance a
                            JOIN training_sessions s ON s.id = a.session_id
                            WHERE a.attended AND a.person_id IN (:ids) AND s.start_date BETWEEN :from AND :to
                            UNION ALL
                            SELECT r.person_id, r.hours AS h FROM reading_studies r
                            WHERE r.person_id IN (:ids) AND r.studied_on BETWEEN :from AND :to
                        ) x GROUP BY x.person_id""")
                        .param("year", year).param("ids", chunk)
                        .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31)).update();
            }
        }
        return result;
    }

    /** Runs a write of a session (its hours or dates), then recounts everyone listed for it in these years. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void session(long sessionId, Collection<Integer> years, Runnable write) {
        hours(jdbc.sql("SELECT person_id FROM training_attendance WHERE session_id = ?").param(sessionId)
                .query(Long.class).list(), years, () -> {
                    write.run();
                    return null;
                });
    }

    /** Runs a write of an org's meetings, then recounts its meetings in the months of these dates. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T meetings(long orgId, Collection<LocalDate> dates, Supplier<T> write) {
        locks.lockOrg(orgId);
        T result = write.get();
        Set<LocalDate> months = new TreeSet<>();
        dates.forEach(d -> months.add(d.withDayOfMonth(1)));
        for (LocalDate month : months) {
            jdbc.sql("DELETE FROM org_meeting_months WHERE org_id = ? AND meeting_year = ? AND meeting_month = ?")
                    .params(orgId, month.getYear(), month.getMonthValue()).update();
            jdbc.sql("""
                    INSERT INTO org_meeting_months (org_id, meeting_year, meeting_month, meeting_type, held)
                    SELECT :org, :year, :month, m.meeting_type, COUNT(*) FROM org_meetings m
                    WHERE m.org_id = :org AND m.status <> 'RETURNED' AND m.held_on BETWEEN :from AND :to
                    GROUP BY m.meeting_type""")
                    .param("org", orgId).param("year", month.getYear()).param("month", month.getMonthValue())
                    .param("from", month).param("to", month.plusMonths(1).minusDays(1)).update();
        }
        return result;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** Rebuilds both rollups from every raw record: for loaders that wrote records in bulk. */
    @Transactional
    public void rebuild() {
        jdbc.sql("DELETE FROM training_person_hours").update();
        jdbc.sql("""
                INSERT INTO training_person_hours (person_id, hours_year, hours)
                SELECT x.person_id, x.y, SUM(x.h) FROM (
                    SELECT a.person_id, EXTRACT(YEAR FROM s.start_date) AS y, a.hours AS h
                    FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id WHERE a.attended
                    UNION ALL
                    SELECT r.person_id, EXTRACT(YEAR FROM r.studied_on) AS y, r.hours AS h FROM reading_studies r
                ) x GROUP BY x.person_id, x.y""").update();
        jdbc.sql("DELETE FROM org_meeting_months").update();
        jdbc.sql("""
                INSERT INTO org_meeting_months (org_id, meeting_year, meeting_month, meeting_type, held)
                SELECT org_id, EXTRACT(YEAR FROM held_on), EXTRACT(MONTH FROM held_on), meeting_type, COUNT(*)
                FROM org_meetings WHERE status <> 'RETURNED'
                GROUP BY org_id, EXTRACT(YEAR FROM held_on), EXTRACT(MONTH FROM held_on), meeting_type""").update();
    }
}
