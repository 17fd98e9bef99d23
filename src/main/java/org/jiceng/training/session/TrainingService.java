package org.jiceng.training.session;

import static org.jiceng.shared.RuleViolationException.throwIfAny;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.training.TrainingRollups;
import org.jiceng.training.hours.HourRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records training sessions and their attendance lists ({@link TrainingRules}) for orgs in the user's scope, each
 * change audited and checked against the version the user saw.
 */
@Service
@Transactional
public class TrainingService {

    public static final String CATEGORY_LIST = "TRAINING_CATEGORY";
    static final String MODE_LIST = "TRAINING_MODE";
    public static final String SESSION = "TRAINING_SESSION";

    private final TrainingRepository repository;
    private final TrainingQueries queries;
    private final HourRules rules;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TrainingRollups rollups;

    TrainingService(TrainingRepository repository, TrainingQueries queries, HourRules rules, OrgTree tree,
                    CodeLists codes, DataScope scope, ApplicationEventPublisher events, TrainingRollups rollups, Clock clock) {
        this.clock = clock;
        this.rollups = rollups;
        this.repository = repository;
        this.queries = queries;
        this.rules = rules;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public TrainingSession session(long sessionId) {
        return queries.session(sessionId).filter(s -> covers(s.orgId()))
                .orElseThrow(() -> NotFoundException.of("培训", sessionId));
    }

    /** An org in scope that may hold sessions: a county, township or village branch — not a party group. */
    @Transactional(readOnly = true)
    public OrgSummary organizer(long orgId) {
        OrgSummary org = tree.find(orgId).filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("党组织", orgId));
        if (org.type() == OrgType.PARTY_GROUP) {
            throw RuleViolationException.onField("orgId", "培训由党支部、乡镇党委或县委举办，请选择" + org.shortName() + "所在的党支部");
        }
        return org;
    }

    public TrainingSession create(SessionForm form) {
        OrgSummary org = organizer(form.orgId());
        BigDecimal hours = check(form, org.id());
        long id = repository.insertSession(form, hours, scope.requireActor().username());
        TrainingSession created = queries.session(id).orElseThrow();
        events.publishEvent(Audited.created(SESSION, id, created.label(), org.id(), created));
        return created;
    }

    public TrainingSession update(long sessionId, SessionForm form) {
        TrainingSession before = session(sessionId);
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该培训记录");
        }
        if (!Objects.equals(form.orgId(), before.orgId())) {
            throw RuleViolationException.onField("orgId", "举办单位登记后不能更改；请新建一条培训记录");
        }
        BigDecimal hours = check(form, before.orgId());
        boolean recredit = hours.compareTo(before.hours()) != 0;
        Runnable write = () -> {
            repository.updateSession(sessionId, form, hours, before.version());
            if (recredit) {
                repository.recreditAttendance(sessionId, hours);
            }
        };
        if (recredit || form.startDate().getYear() != before.startDate().getYear()) {
            rollups.session(sessionId, List.of(before.startDate().getYear(), form.startDate().getYear()), write);
        } else {
            write.run();
        }
        TrainingSession after = queries.session(sessionId).orElseThrow();
        events.publishEvent(Audited.updated(SESSION, sessionId, after.label(), after.orgId(), before, after));
        return after;
    }

    /** Puts people from the register on the list: present (credited the hours) or absent with a reason. */
    public TrainingSession addAttendance(long sessionId, AttendanceForm form) {
        TrainingSession session = session(sessionId);
        throwIfAny(TrainingRules.checkAttendance(form));
        List<Long> ids = form.personIds();
        Map<Long, String> known = queries.peopleUnder(session.orgId(), ids);
        long unknown = ids.stream().filter(id -> !known.containsKey(id)).count();
        if (unknown > 0) {
            throw RuleViolationException.onField("personIds", unknown + "人不在" + session.orgName()
                    + "及下级组织的登记名册中（或不在您的管辖范围内），不能登记为本次培训的参加人员");
        }
        throwIfAny(TrainingRules.alreadyListed(queries.namesAlreadyListed(sessionId, ids)));
        return recordAttendance(session, ids, form.present(), form.absenceReason(),
                ids.size() <= 100 ? String.join("、", ids.stream().map(known::get).toList()) : ids.size() + "人");
    }

    /** Puts every member of a branch (or other org under the session's org) who is not yet listed on the list. */
    public TrainingSession addMembersOf(long sessionId, long orgId) {
        TrainingSession session = session(sessionId);
        OrgSummary org = tree.find(orgId).filter(o -> covers(o.id()) && tree.contains(session.orgId(), o.id()))
                .orElseThrow(() -> RuleViolationException.onField("orgId", "所选组织不在" + session.orgName() + "之下"));
        List<Long> ids = queries.membersNotListed(org.id(), sessionId);
        if (ids.isEmpty()) {
            throw RuleViolationException.onField("orgId", org.shortName() + "的党员都已在名单中");
        }
        return recordAttendance(session, ids, true, null, org.shortName() + "全体党员" + ids.size() + "人");
    }

    public TrainingSession removeAttendance(long sessionId, long personId) {
        TrainingSession session = session(sessionId);
        if (repository.removeAttendance(sessionId, personId) == 0) {
            throw NotFoundException.of("培训参加人员", personId);
        }
        repository.touch(sessionId);
        events.publishEvent(new Audited("ATTENDANCE_REMOVE", SESSION, sessionId, session.label(), session.orgId(),
                Map.of("personId", personId), null));
        return queries.session(sessionId).orElseThrow();
    }

    private TrainingSession recordAttendance(TrainingSession session, List<Long> ids, boolean present, String reason,
                                             String who) {
        repository.insertAttendance(session.id(), ids, present, reason, session.hours());
        repository.touch(session.id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put(present ? "参加" : "缺席", who);
        after.put("人数", ids.size());
        if (!present) {
            after.put("缺席原因", reason);
        }
        events.publishEvent(new Audited("ATTENDANCE_ADD", SESSION, session.id(), session.label(), session.orgId(),
                null, after));
        return queries.session(session.id()).orElseThrow();
    }

    private BigDecimal check(SessionForm form, long orgId) {
        BigDecimal hours = form.hours() != null ? form.hours()
                : rules.applying(orgId, form.startDate().getYear())
                        .map(rule -> rule.hoursFor(form.startDate(), form.lastDay().isBefore(form.startDate())
                                ? form.startDate() : form.lastDay()))
                        .orElse(null);
        throwIfAny(TrainingRules.checkSession(form, hours, LocalDate.now(clock), codes.isValid(CATEGORY_LIST, form.category()),
                codes.isValid(MODE_LIST, form.mode())));
        return hours;
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }

}
