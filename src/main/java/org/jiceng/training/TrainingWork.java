package org.jiceng.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.jiceng.organization.OrgTree;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Role;
import org.jiceng.shared.work.WorkItem;
import org.jiceng.shared.work.WorkSource;
import org.jiceng.training.meeting.Frequency;
import org.jiceng.training.meeting.MeetingQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 素质提升 tasks at the user's desk: for a branch, the meetings the county's frequencies still ask for in a period
 * ending within two months (this month, this quarter, the year from November), and records the township returned; for a township, meeting records to review and seats of
 * county courses still to fill; for a member, required readings not yet studied.
 */
@Component
class TrainingWork implements WorkSource {

    private static final String PROJECT = "素质提升";
    /** A period's meetings are listed once its end is this near: this month's and quarter's, the year's from November. */
    private static final int SOON_DAYS = 62;

    private final JdbcClient jdbc;
    private final MeetingQueries meetings;
    private final OrgTree tree;

    TrainingWork(JdbcClient jdbc, MeetingQueries meetings, OrgTree tree) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.tree = tree;
    }

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        List<WorkItem> work = new ArrayList<>();
        if (actor.role() == Role.BRANCH_SECRETARY && !tree.isPartyGroup(actor.orgId())) {
            meetingsStillDue(actor.orgId(), today, work);
            returnedMeetings(actor.orgId(), today, work);
        }
        if (actor.role() == Role.TOWNSHIP_OFFICER) {
            meetingsToReview(actor, today, work);
            seatsToFill(actor.orgId(), today, work);
        }
        if (actor.role() == Role.MEMBER && actor.personId() != null) {
            readingsToStudy(actor, today, work);
        }
        return work;
    }

    /** Each meeting type whose current period (month, quarter, year) has fewer meetings than the county asks. */
    private void meetingsStillDue(long branch, LocalDate today, List<WorkItem> work) {
        Map<String, int[]> held = new HashMap<>();
        jdbc.sql("""
                SELECT meeting_type, meeting_month, held FROM org_meeting_months
                WHERE org_id = ? AND meeting_year = ?""").params(branch, today.getYear())
                .query(rs -> {
                    held.computeIfAbsent(rs.getString("meeting_type"), k -> new int[13])[rs.getInt("meeting_month")]
                            += rs.getInt("held");
                });
        Map<LocalDate, StringJoiner> byDue = new java.util.TreeMap<>();
        for (Frequency f : meetings.frequencies(branch, today.getYear())) {
            int[] months = held.getOrDefault(f.type(), new int[13]);
            int first = switch (f.period()) {
                case MONTH -> today.getMonthValue();
                case QUARTER -> (today.getMonthValue() - 1) / 3 * 3 + 1;
                case YEAR -> 1;
            };
            int last = switch (f.period()) {
                case MONTH -> today.getMonthValue();
                case QUARTER -> first + 2;
                case YEAR -> 12;
            };
            int count = 0;
            for (int m = first; m <= last; m++) {
                count += months[m];
            }
            LocalDate due = LocalDate.of(today.getYear(), last, 1).plusMonths(1).minusDays(1);
            if (count < f.minCount() && !due.isAfter(today.plusDays(SOON_DAYS))) {
                byDue.computeIfAbsent(due, d -> new StringJoiner("、")).add(f.typeLabel());
            }
        }
        byDue.forEach((due, types) -> work.add(WorkItem.of(PROJECT, "召开并登记：" + types,
                due.getMonthValue() == today.getMonthValue() ? "本月还未召开" : "本期还未召开（" + due + "前）",
                "/training/meetings/new", due, today)));
    }

    private void returnedMeetings(long branch, LocalDate today, List<WorkItem> work) {
        jdbc.sql("""
                SELECT id, topic, held_on, review_note FROM org_meetings WHERE org_id = ? AND status = 'RETURNED'
                ORDER BY held_on""").param(branch)
                .query(rs -> {
                    work.add(WorkItem.of(PROJECT, "修改退回的会议记录：" + rs.getString("topic"),
                            "乡镇意见：" + rs.getString("review_note"),
                            "/training/meetings/" + rs.getLong("id") + "/edit", null, today));
                });
    }

    private void meetingsToReview(Actor actor, LocalDate today, List<WorkItem> work) {
        long waiting = jdbc.sql("""
                SELECT COUNT(*) FROM org_meetings m JOIN org_tree t ON t.descendant_id = m.org_id
                WHERE t.ancestor_id = ? AND m.status = 'SUBMITTED'""").param(actor.orgId()).query(Long.class).single();
        if (waiting > 0) {
            work.add(WorkItem.of(PROJECT, "审核三会一课记录", waiting + "条记录待审核",
                    "/training/meetings?status=SUBMITTED", null, today));
        }
    }

    /** County courses not yet begun whose seats for this township are not all taken. */
    private void seatsToFill(long township, LocalDate today, List<WorkItem> work) {
        jdbc.sql("""
                SELECT s.id, s.topic, s.start_date, q.seats,
                       (SELECT COUNT(*) FROM course_participants c WHERE c.session_id = s.id AND c.selected_by_org = q.org_id)
                       AS taken
                FROM course_quotas q JOIN training_sessions s ON s.id = q.session_id
                WHERE q.org_id = ? AND s.start_date > ? ORDER BY s.start_date""").params(township, today)
                .query(rs -> {
                    int free = rs.getInt("seats") - rs.getInt("taken");
                    if (free > 0) {
                        work.add(WorkItem.of(PROJECT, "选调参训人员：" + rs.getString("topic"), "还有" + free + "个名额",
                                "/training/courses/view?course=" + rs.getLong("id"),
                                rs.getObject("start_date", LocalDate.class).minusDays(1), today));
                    }
                });
    }

    private void readingsToStudy(Actor actor, LocalDate today, List<WorkItem> work) {
        long open = jdbc.sql("""
                SELECT COUNT(*) FROM training_readings r JOIN org_tree t ON t.ancestor_id = r.org_id
                JOIN people p ON p.org_id = t.descendant_id
                WHERE p.id = ? AND r.reading_year = ? AND r.audience = 'ALL'
                AND NOT EXISTS (SELECT 1 FROM reading_studies s WHERE s.reading_id = r.id AND s.person_id = p.id)""")
                .params(actor.personId(), today.getYear()).query(Long.class).single();
        if (open > 0) {
            work.add(WorkItem.of(PROJECT, "学习规定篇目", open + "篇尚未学习", "/training/me/readings", null, today));
        }
    }
}
