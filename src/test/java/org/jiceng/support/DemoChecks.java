package org.jiceng.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What must hold of the demo county on its business date, as queries that count the rows breaking each rule. Every
 * date and timestamp column of the schema is read, so tables that later work adds are held to the same rules.
 */
public final class DemoChecks {

    /**
     * Columns that hold a deadline, the end of a term or period, or a planned date — not something that happened:
     * named so (…_due, …_until, due_…, term_end, period_end, deadline, planned_on).
     */
    private static boolean notAnEvent(String column) {
        return column.endsWith("_due") || column.endsWith("_until") || column.startsWith("due_")
                || column.endsWith("until_date") || Set.of("term_end", "period_end", "deadline", "planned_on",
                "ends_on").contains(column);
    }
    /**
     * Tables on real time: the audit log and its chain head, accounts, API tokens and sign-in failures, migrations,
     * imports' bookkeeping.
     */
    private static final Set<String> REAL_TIME_TABLES = Set.of("audit_entries", "audit_chain", "accounts", "api_tokens",
            "sign_in_failures", "flyway_schema_history", "member_imports", "spring_session",
            "spring_session_attributes");

    private static final Map<String, String> PARTICIPATION = new LinkedHashMap<>();

    static {
        PARTICIPATION.put("members at sessions before joining", """
                SELECT COUNT(*) FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id
                JOIN people p ON p.id = a.person_id
                WHERE p.political_status <> 'NONE' AND p.joined_on > s.start_date""");
        PARTICIPATION.put("studies before joining", """
                SELECT COUNT(*) FROM reading_studies r JOIN people p ON p.id = r.person_id WHERE p.joined_on > r.studied_on""");
        PARTICIPATION.put("committee posts before joining", """
                SELECT COUNT(*) FROM committee_posts c JOIN people p ON p.id = c.person_id
                WHERE p.joined_on IS NULL OR p.joined_on > c.started_on""");
        PARTICIPATION.put("village cadres under 18", """
                SELECT COUNT(*) FROM village_cadres v JOIN people p ON p.id = v.person_id
                WHERE v.term_start < p.birth_date + INTERVAL '18' YEAR""");
        PARTICIPATION.put("secretaries trained before their post", """
                SELECT COUNT(*) FROM course_participants c JOIN committee_posts k ON k.person_id = c.person_id
                JOIN training_sessions s ON s.id = c.session_id WHERE k.post = '01' AND k.started_on > s.start_date""");
        PARTICIPATION.put("members who joined under 18", """
                SELECT COUNT(*) FROM people WHERE political_status <> 'NONE'
                AND (joined_on IS NULL OR joined_on < birth_date + INTERVAL '18' YEAR)""");
        PARTICIPATION.put("confirmed before joining", "SELECT COUNT(*) FROM people WHERE confirmed_on < joined_on");
        PARTICIPATION.put("cadres assessed who held no paid post in their village that day", """
                SELECT COUNT(*) FROM campaign_entries e JOIN assessment_campaigns c ON c.id = e.campaign_id
                WHERE e.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM village_cadres v
                    WHERE v.person_id = e.person_id AND v.org_id = e.org_id AND v.paid = TRUE
                      AND v.term_start <= c.created_at AND (v.term_end IS NULL OR v.term_end > c.created_at))""");
        PARTICIPATION.put("nominations of people who had not joined", """
                SELECT COUNT(*) FROM commendation_nominations n JOIN people p ON p.id = n.person_id
                WHERE p.joined_on > n.created_at""");
        PARTICIPATION.put("talks with members before they joined", """
                SELECT COUNT(*) FROM talks t JOIN people p ON p.id = t.person_id
                WHERE p.political_status <> 'NONE' AND p.joined_on > t.held_on""");
        PARTICIPATION.put("hardship cases of members opened before joining", """
                SELECT COUNT(*) FROM hardship_cases c JOIN people p ON p.id = c.person_id
                WHERE c.member = TRUE AND p.joined_on > c.opened_on""");
        PARTICIPATION.put("target letters signed before they were issued", """
                SELECT COUNT(*) FROM target_letter_copies c JOIN target_letters l ON l.id = c.letter_id
                WHERE c.signed_on < l.issued_on""");
        PARTICIPATION.put("support before its case was opened", """
                SELECT COUNT(*) FROM support_entries e JOIN hardship_cases c ON c.id = e.case_id
                WHERE e.given_on < c.opened_on""");
    }

    private DemoChecks() {
    }

    /** Each broken rule with the number of rows breaking it; empty when the county is true to {@code today}. */
    public static List<String> problems(JdbcClient jdbc, LocalDate today) {
        List<String> problems = new ArrayList<>();
        for (String[] column : dateColumns(jdbc)) {
            if (notAnEvent(column[1]) || REAL_TIME_TABLES.contains(column[0])) {
                continue;
            }
            long late = jdbc.sql("SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " >= ?")
                    .param(today.plusDays(1)).query(Long.class).single();
            if (late > 0) {
                problems.add(column[0] + "." + column[1] + " after " + today + ": " + late);
            }
        }
        PARTICIPATION.forEach((rule, sql) -> {
            long broken = jdbc.sql(sql).query(Long.class).single();
            if (broken > 0) {
                problems.add(rule + ": " + broken);
            }
        });
        long ages = jdbc.sql("SELECT COUNT(*) FROM people WHERE birth_date > ? OR birth_date < ?")
                .params(today.minusYears(18), today.minusYears(100)).query(Long.class).single();
        if (ages > 0) {
            problems.add("people younger than 18 or older than 100: " + ages);
        }
        return problems;
    }

    private static List<String[]> dateColumns(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT LOWER(table_name) AS t, LOWER(column_name) AS c FROM information_schema.columns
                WHERE LOWER(table_schema) = 'public' AND LOWER(data_type) IN ('date', 'timestamp',
                    'timestamp without time zone', 'timestamp with time zone')
                ORDER BY 1, 2""").query((rs, i) -> new String[] {rs.getString("t"), rs.getString("c")}).list();
    }
}
