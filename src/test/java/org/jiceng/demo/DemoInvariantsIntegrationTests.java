package org.jiceng.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jiceng.shared.BusinessClock;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo county is the seed's county on the seed's date: nothing in it happened after the business date, nobody
 * takes part in anything before they could, and ages are those of real people. The checks read every date and
 * timestamp column of the schema, so records that later work adds are held to the same rules.
 */
@JicengIntegrationTest
class DemoInvariantsIntegrationTests {

    /** Columns that hold a deadline, the end of a term or period, or real (security) time — not an event. */
    private static final Set<String> NOT_EVENTS = Set.of("submit_due", "review_due", "approve_due", "due_date",
            "publicity_until", "until_date", "term_end", "locked_until", "valid_until", "due_on", "ends_on",
            "deadline", "effective_until", "period_end");
    /** Tables on real time: the audit log, accounts and sign-in, migrations, imports' bookkeeping. */
    private static final Set<String> REAL_TIME_TABLES = Set.of("audit_entries", "accounts", "flyway_schema_history",
            "member_imports", "spring_session", "spring_session_attributes");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BusinessClock clock;

    @Test
    void theDemoCountyRunsOnTheSeedsDate() {
        assertThat(clock.fixedDate()).contains(LocalDate.of(2010, 5, 5));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2010, 5, 5));
    }

    @Test
    void nothingIsDatedAfterTheBusinessDate() {
        LocalDate today = clock.today();
        List<String> late = new ArrayList<>();
        for (var column : dateColumns()) {
            if (NOT_EVENTS.contains(column.name()) || REAL_TIME_TABLES.contains(column.table())) {
                continue;
            }
            long count = jdbc.sql("SELECT COUNT(*) FROM " + column.table() + " WHERE " + column.name() + " >= ?")
                    .param(today.plusDays(1)).query(Long.class).single();
            if (count > 0) {
                late.add(column.table() + "." + column.name() + ": " + count);
            }
        }
        assertThat(late).as("rows dated after %s", today).isEmpty();
    }

    @Test
    void membersJoinedAsAdultsAndAreOfPlausibleAges() {
        assertThat(count("""
                SELECT COUNT(*) FROM people WHERE political_status <> 'NONE'
                AND (joined_on IS NULL OR joined_on < birth_date + INTERVAL '18' YEAR)""")).isZero();
        assertThat(count("SELECT COUNT(*) FROM people WHERE confirmed_on < joined_on")).isZero();
        LocalDate today = clock.today();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM people WHERE birth_date > ? OR birth_date < ?")
                .params(today.minusYears(18), today.minusYears(100)).query(Long.class).single()).isZero();
    }

    @Test
    void nobodyTakesPartInAnythingBeforeTheyCould() {
        assertThat(count("""
                SELECT COUNT(*) FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id
                JOIN people p ON p.id = a.person_id
                WHERE p.political_status <> 'NONE' AND p.joined_on > s.start_date""")).as("members at sessions before joining")
                .isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM reading_studies r JOIN people p ON p.id = r.person_id
                WHERE p.joined_on > r.studied_on""")).as("studies before joining").isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM committee_posts c JOIN people p ON p.id = c.person_id
                WHERE p.joined_on IS NULL OR p.joined_on > c.started_on""")).as("committee posts before joining")
                .isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM village_cadres v JOIN people p ON p.id = v.person_id
                WHERE v.term_start < p.birth_date + INTERVAL '18' YEAR""")).as("village cadres under 18").isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM course_participants c JOIN committee_posts k ON k.person_id = c.person_id
                JOIN training_sessions s ON s.id = c.session_id
                WHERE k.post = '01' AND k.started_on > s.start_date""")).as("secretaries trained before their post")
                .isZero();
    }

    @Test
    void theSecretariesOf2010HeldOfficeIn2010() {
        assertThat(count("""
                SELECT COUNT(*) FROM committee_posts c JOIN orgs o ON o.id = c.org_id
                WHERE o.org_type IN ('BRANCH', 'GENERAL_BRANCH') AND c.post = '01' AND c.ended_on IS NULL
                AND c.started_on > DATE '2010-05-05'""")).isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private record Column(String table, String name) {
    }

    private List<Column> dateColumns() {
        return jdbc.sql("""
                SELECT LOWER(table_name) AS t, LOWER(column_name) AS c FROM information_schema.columns
                WHERE LOWER(table_schema) IN ('public') AND LOWER(data_type) IN ('date', 'timestamp',
                    'timestamp without time zone', 'timestamp with time zone')
                ORDER BY 1, 2""").query((rs, i) -> new Column(rs.getString("t"), rs.getString("c"))).list();
    }
}
