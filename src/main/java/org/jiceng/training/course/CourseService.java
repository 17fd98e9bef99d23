package org.jiceng.training.course;

import static org.jiceng.shared.RuleViolationException.throwIfAny;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.RegisterSql;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.jiceng.training.TrainingRollups;
import org.jiceng.training.session.TrainingRepository;
import org.jiceng.training.session.TrainingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * County courses (调训, {@link CourseRules}): a training session of mode 上级调训 owned by the county with seats and
 * optional township quotas, created and corrected by the county. Who takes the seats and who completed the course
 * is {@link CourseParticipantService}'s. Every write is audited against the session.
 */
@Service
@Transactional
public class CourseService {

    static final String MODE = "07";
    static final String SELECTED = "SELECTED";
    static final String COMPLETED = "COMPLETED";
    static final String FAILED = "FAILED";

    private final JdbcClient jdbc;
    private final OrgTree tree;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final TrainingRollups rollups;
    private final Clock clock;
    private final TrainingRepository repository;

    CourseService(JdbcClient jdbc, OrgTree tree, DataScope scope, ApplicationEventPublisher events,
                  TrainingRollups rollups, TrainingRepository repository, Clock clock) {
        this.clock = clock;
        this.rollups = rollups;
        this.repository = repository;
        this.jdbc = jdbc;
        this.tree = tree;
        this.scope = scope;
        this.events = events;
    }

    private static final String SELECT = """
            SELECT s.id, s.org_id, s.topic, s.start_date, s.end_date, s.venue, s.hours, c.seats, s.version,
              (SELECT COUNT(*) FROM course_participants p WHERE p.session_id = s.id) AS selected,
              (SELECT COUNT(*) FROM course_participants p WHERE p.session_id = s.id AND p.status = 'COMPLETED') AS completed,
              (SELECT COUNT(*) FROM course_participants p WHERE p.session_id = s.id AND p.status <> 'SELECTED') AS recorded
            FROM training_sessions s JOIN training_courses c ON c.session_id = s.id""";

    /** A course the user may see: held by the user's own org or one above it, or by an org in scope. */
    @Transactional(readOnly = true)
    public Course course(long id) {
        Actor actor = scope.requireActor();
        return jdbc.sql(SELECT + "\nWHERE s.id = ?").param(id).query((rs, i) -> course(rs)).optional()
                .filter(c -> tree.contains(c.orgId(), actor.orgId()) || covers(c.orgId()))
                .orElseThrow(() -> NotFoundException.of("调训", id));
    }

    @Transactional(readOnly = true)
    public List<Course> courses(int year) {
        return jdbc.sql(SELECT + """

                WHERE s.start_date BETWEEN :from AND :to
                  AND\s""" + RegisterSql.atOrAbove("s.org_id", ":org") + " ORDER BY s.start_date DESC, s.id DESC")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .param("org", scope.requireActor().orgId()).query((rs, i) -> course(rs)).list();
    }

    public Course create(CourseForm form) {
        Actor actor = scope.requireActor();
        OrgSummary county = tree.find(actor.orgId()).filter(o -> o.type() == OrgType.COUNTY)
                .orElseThrow(() -> RuleViolationException.onField("name", "调训由县委组织部举办"));
        checkPlan(form);
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO training_sessions (org_id, topic, category, delivery_mode, organizer, venue, start_date,
                    end_date, hours, unnamed_villagers, version, created_by, created_at, updated_at)
                VALUES (?, ?, '06', ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)""")
                .params(county.id(), form.name().trim(), MODE, county.shortName() + "组织部",
                        Text.clean(form.venue()), form.startDate(),
                        form.endDate(), form.hours(), actor.username(), now, now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("INSERT INTO training_courses (session_id, seats) VALUES (?, ?)").params(id, form.seats()).update();
        writeQuotas(id, form);
        Course created = course(id);
        events.publishEvent(Audited.created(TrainingService.SESSION, id, created.label(), county.id(), created));
        return created;
    }

    /** The township quotas of a course, township org id → seats. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> quotas(long courseId) {
        Map<Long, Integer> quotas = new LinkedHashMap<>();
        jdbc.sql("SELECT org_id, seats FROM course_quotas WHERE session_id = ? ORDER BY org_id").param(courseId)
                .query(rs -> {
                    quotas.put(rs.getLong("org_id"), rs.getInt("seats"));
                });
        return quotas;
    }

    /**
     * The county that holds a course corrects it from the version it saw: never below the people already selected
     * (in all and per township quota), and once completion is recorded it cannot move to end after today. Changed
     * hours are credited to those who completed it and their yearly hours recounted (the course's year before and
     * after, should the dates move across a new year).
     */
    public Course update(long courseId, CourseForm form) {
        Course before = course(courseId);
        if (before.orgId() != scope.requireActor().orgId()) {
            throw NotFoundException.of("调训", courseId);
        }
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该调训");
        }
        checkPlan(form);
        Map<Long, Integer> selectedByTownship = new HashMap<>();
        if (form.quotas() != null && !form.quotas().isEmpty()) {
            jdbc.sql("""
                    SELECT t.ancestor_id, COUNT(*) AS n FROM course_participants c JOIN people p ON p.id = c.person_id
                    JOIN org_tree t ON t.descendant_id = p.org_id
                    WHERE c.session_id = :s AND t.ancestor_id IN (:townships) GROUP BY t.ancestor_id""")
                    .param("s", courseId).param("townships", form.quotas().keySet())
                    .query(rs -> {
                        selectedByTownship.put(rs.getLong("ancestor_id"), rs.getInt("n"));
                    });
        }
        Map<Long, String> names = new HashMap<>();
        selectedByTownship.keySet().forEach(id -> names.put(id, tree.find(id).map(OrgSummary::shortName).orElse("")));
        throwIfAny(CourseRules.checkChange(before, form, selectedByTownship, names, LocalDate.now(clock)));
        List<Integer> years = List.of(before.startDate().getYear(), form.startDate().getYear());
        rollups.session(courseId, years, () -> {
            int changed = jdbc.sql("""
                    UPDATE training_sessions SET topic = ?, venue = ?, start_date = ?, end_date = ?, hours = ?,
                        version = version + 1, updated_at = ?
                    WHERE id = ? AND version = ?""")
                    .params(form.name().trim(), Text.clean(form.venue()),
                            form.startDate(), form.endDate(), form.hours(), LocalDateTime.now(clock), courseId, before.version())
                    .update();
            if (changed == 0) {
                throw new StaleEditException("该调训");
            }
            repository.recreditAttendance(courseId, form.hours());
            jdbc.sql("UPDATE training_courses SET seats = ? WHERE session_id = ?").params(form.seats(), courseId).update();
            jdbc.sql("DELETE FROM course_quotas WHERE session_id = ?").param(courseId).update();
            writeQuotas(courseId, form);
        });
        Course after = course(courseId);
        events.publishEvent(Audited.updated(TrainingService.SESSION, courseId, after.label(), after.orgId(), before, after));
        return after;
    }

    private void checkPlan(CourseForm form) {
        throwIfAny(CourseRules.checkCourse(form));
        if (form.quotas() != null) {
            for (Long orgId : form.quotas().keySet()) {
                if (tree.find(orgId).filter(o -> o.type() == OrgType.TOWNSHIP && covers(o.id())).isEmpty()) {
                    throw RuleViolationException.onField("quotas", "名额只能分配给本县的乡镇");
                }
            }
        }
    }

    private void writeQuotas(long courseId, CourseForm form) {
        if (form.quotas() != null) {
            form.quotas().forEach((orgId, seats) -> {
                if (seats != null) {
                    jdbc.sql("INSERT INTO course_quotas (session_id, org_id, seats) VALUES (?, ?, ?)")
                            .params(courseId, orgId, seats).update();
                }
            });
        }
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }

    private static Course course(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Course(rs.getLong("id"), rs.getLong("org_id"), rs.getString("topic"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("venue"), rs.getBigDecimal("hours"), rs.getInt("seats"), rs.getInt("selected"),
                rs.getInt("completed"), rs.getInt("recorded"), rs.getLong("version"));
    }
}
