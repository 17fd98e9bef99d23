package org.jiceng.training.course;

import static org.jiceng.shared.RuleViolationException.throwIfAny;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.RegisterSql;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.training.TrainingRollups;
import org.jiceng.training.session.TrainingRepository;
import org.jiceng.training.session.TrainingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of a county course ({@link CourseService}): the county, or a township within its quota, selects people
 * (normally branch secretaries) from the register and may withdraw a selection before completion is recorded; after
 * the course the county records 结业 (credited the session's hours on its attendance list) or 未结业 with a reason
 * (no hours). Every write is audited against the session.
 */
@Service
@Transactional
public class CourseParticipantService {

    private final CourseService courses;
    private final JdbcClient jdbc;
    private final OrgTree tree;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final TrainingRollups rollups;
    private final TrainingRepository repository;
    private final Clock clock;

    CourseParticipantService(CourseService courses, JdbcClient jdbc, OrgTree tree, DataScope scope,
                             ApplicationEventPublisher events, TrainingRollups rollups, TrainingRepository repository,
                             Clock clock) {
        this.courses = courses;
        this.jdbc = jdbc;
        this.tree = tree;
        this.scope = scope;
        this.events = events;
        this.rollups = rollups;
        this.repository = repository;
        this.clock = clock;
    }

    /** The county, or a township officer within the township's quota, selects people of the register in scope. */
    public Course select(long courseId, List<Long> personIds) {
        Course course = courses.course(courseId);
        Actor actor = scope.requireActor();
        if (personIds == null || personIds.isEmpty()) {
            throw RuleViolationException.onField("personIds", "请至少选择一人");
        }
        List<Long> ids = personIds.stream().distinct().toList();
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        Map<Long, String> known = new LinkedHashMap<>();
        jdbc.sql("SELECT p.id, p.name FROM people p WHERE p.id IN (:ids) AND " + RegisterSql.member("p") + " AND "
                        + scoped.predicate() + " AND " + ScopedSql.peopleUnderOrg("p.org_id", "p.party_group_id", "org"))
                .params(scoped.params()).param("ids", ids).param("org", course.orgId())
                .query(rs -> {
                    known.put(rs.getLong("id"), rs.getString("name"));
                });
        if (known.size() < ids.size()) {
            throw RuleViolationException.onField("personIds", (ids.size() - known.size())
                    + "人不是您管辖范围内的党员，不能选调");
        }
        List<String> twice = jdbc.sql("""
                SELECT p.name FROM course_participants c JOIN people p ON p.id = c.person_id
                WHERE c.session_id = :s AND c.person_id IN (:ids) ORDER BY p.name""")
                .param("s", courseId).param("ids", ids).query(String.class).list();
        if (!twice.isEmpty()) {
            throw RuleViolationException.onField("personIds", "以下人员已选调，不能重复选：" + String.join("、", twice));
        }
        OrgSummary by = tree.find(actor.orgId()).orElseThrow();
        Integer quota = null;
        int used = 0;
        if (by.type() != OrgType.COUNTY) {
            quota = jdbc.sql("SELECT seats FROM course_quotas WHERE session_id = ? AND org_id = ?")
                    .params(courseId, by.id()).query(Integer.class).optional().orElse(null);
            used = jdbc.sql("""
                    SELECT COUNT(*) FROM course_participants c JOIN people p ON p.id = c.person_id
                    WHERE c.session_id = ? AND p.org_id IN (SELECT t.descendant_id FROM org_tree t WHERE t.ancestor_id = ?)""")
                    .params(courseId, by.id()).query(Integer.class).single();
        }
        throwIfAny(CourseRules.checkSelection(course.selected(), ids.size(), course.seats(), quota, used, by.shortName()));
        for (Long id : ids) {
            jdbc.sql("""
                    INSERT INTO course_participants (session_id, person_id, selected_by_org, status)
                    VALUES (?, ?, ?, 'SELECTED')""").params(courseId, id, by.id()).update();
        }
        repository.touch(courseId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("选调", String.join("、", known.values()));
        after.put("选调单位", by.shortName());
        events.publishEvent(new Audited("COURSE_SELECT", TrainingService.SESSION, courseId, course.label(), course.orgId(),
                null, after));
        return courses.course(courseId);
    }

    /**
     * A selection made by mistake is withdrawn before completion is recorded: by the county that holds the course,
     * or by an officer whose register holds the person (a township for its own secretaries).
     */
    public Course deselect(long courseId, long personId) {
        Course course = courses.course(courseId);
        boolean holder = course.orgId() == scope.requireActor().orgId();
        Long orgOfPerson = jdbc.sql("SELECT org_id FROM people WHERE id = ?").param(personId).query(Long.class)
                .optional().orElse(null);
        String status = jdbc.sql("SELECT status FROM course_participants WHERE session_id = ? AND person_id = ?")
                .params(courseId, personId).query(String.class).optional().orElse(null);
        if (status == null || orgOfPerson == null
                || !(holder || scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgOfPerson, personId)))) {
            throw RuleViolationException.onField("personId", "此人未被选调参加本期调训（或不在您的管辖范围内）");
        }
        if (!CourseService.SELECTED.equals(status)) {
            throw RuleViolationException.onField("personId", "此人的结业情况已登记，不能取消选调");
        }
        jdbc.sql("DELETE FROM course_participants WHERE session_id = ? AND person_id = ?").params(courseId, personId)
                .update();
        repository.touch(courseId);
        events.publishEvent(new Audited("COURSE_DESELECT", TrainingService.SESSION, courseId, course.label(),
                course.orgId(), Map.of("人员", jdbc.sql("SELECT name FROM people WHERE id = ?").param(personId)
                        .query(String.class).single()), null));
        return courses.course(courseId);
    }

    /** After the course the county records 结业 (hours credited) or 未结业 with a reason (no hours). */
    public Course complete(long courseId, long personId, boolean completed, String reason) {
        Course course = courses.course(courseId);
        if (!covers(course.orgId())) {
            throw NotFoundException.of("调训", courseId);
        }
        throwIfAny(CourseRules.checkCompletion(course, completed, reason, LocalDate.now(clock)));
        String status = jdbc.sql("SELECT status FROM course_participants WHERE session_id = ? AND person_id = ?")
                .params(courseId, personId).query(String.class).optional()
                .orElseThrow(() -> RuleViolationException.onField("personId", "此人未被选调参加本期调训"));
        if (!CourseService.SELECTED.equals(status)) {
            throw RuleViolationException.onField("personId", "此人的结业情况已登记");
        }
        rollups.hours(List.of(personId), List.of(course.startDate().getYear()), () -> {
            jdbc.sql("UPDATE course_participants SET status = ?, reason = ? WHERE session_id = ? AND person_id = ?")
                    .params(completed ? CourseService.COMPLETED : CourseService.FAILED, completed ? null : reason.trim(),
                            courseId, personId).update();
            return jdbc.sql("""
                    INSERT INTO training_attendance (session_id, person_id, attended, absence_reason, hours)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(courseId, personId, completed, completed ? null : "未结业：" + reason.trim(),
                            completed ? course.hours() : BigDecimal.ZERO).update();
        });
        repository.touch(courseId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("人员", jdbc.sql("SELECT name FROM people WHERE id = ?").param(personId).query(String.class).single());
        after.put("结业", completed ? "结业" : "未结业：" + reason.trim());
        events.publishEvent(new Audited("COURSE_COMPLETE", TrainingService.SESSION, courseId, course.label(),
                course.orgId(), null, after));
        return courses.course(courseId);
    }

    /** A selected person as the course page lists them. */
    public record Participant(long personId, String name, String orgName, String status, String reason) {
        public String statusLabel() {
            return switch (status) {
                case CourseService.COMPLETED -> "结业";
                case CourseService.FAILED -> "未结业：" + reason;
                default -> "已选调";
            };
        }
    }

    /** Participants in the user's scope (the county sees all, a township its own). */
    @Transactional(readOnly = true)
    public List<Participant> participants(long courseId) {
        courses.course(courseId);
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        return jdbc.sql("SELECT p.id, p.name, o.short_name, c.status, c.reason FROM course_participants c"
                        + " JOIN people p ON p.id = c.person_id JOIN orgs o ON o.id = p.org_id"
                        + " WHERE c.session_id = :s AND " + scoped.predicate() + " ORDER BY o.sort_order, o.id, p.name")
                .params(scoped.params()).param("s", courseId)
                .query((rs, i) -> new Participant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    /** A branch secretary in scope who may be selected, with the training hours they have this year. */
    public record Candidate(long personId, String name, String orgName, BigDecimal hours) {
    }

    @Transactional(readOnly = true)
    public List<Candidate> candidates(long courseId) {
        Course course = courses.course(courseId);
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        int year = course.startDate().getYear();
        return jdbc.sql("""
                SELECT p.id, p.name, o.short_name, COALESCE(h.hours, 0) AS hours
                FROM people p JOIN orgs o ON o.id = p.org_id
                LEFT JOIN training_person_hours h ON h.person_id = p.id AND h.hours_year = :year
                WHERE\s""" + RegisterSql.memberInGoodStanding("p") + " AND " + RegisterSql.secretaryInPost("p.id")
                        + " AND NOT EXISTS (SELECT 1 FROM course_participants cp WHERE cp.session_id = :s"
                        + " AND cp.person_id = p.id) AND " + scoped.predicate() + " ORDER BY o.sort_order, o.id, p.name")
                .params(scoped.params()).param("s", courseId).param("year", year)
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
