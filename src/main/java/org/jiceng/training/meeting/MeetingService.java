package org.jiceng.training.meeting;

import static org.jiceng.shared.RuleViolationException.throwIfAny;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.jiceng.organization.CountyFigureCache;
import org.jiceng.training.TrainingRollups;
import org.jiceng.training.hours.HourRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting register of village branches: the secretary records a meeting held ({@link MeetingRules}); the
 * township approves it or returns it with a reason; a returned or waiting record may be corrected and goes back for
 * review; an approved one is final. Each step audited, each edit from the version the user saw.
 */
@Service
@Transactional
public class MeetingService {

    static final String MEETING = "ORG_MEETING";

    private final MeetingRepository repository;
    private final MeetingQueries queries;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final HourRules rules;
    private final TrainingRollups rollups;
    private final CountyFigureCache cache;
    private final Clock clock;

    MeetingService(MeetingRepository repository, MeetingQueries queries, OrgTree tree, CodeLists codes, DataScope scope,
                   ApplicationEventPublisher events, HourRules rules, TrainingRollups rollups, CountyFigureCache cache, Clock clock) {
        this.clock = clock;
        this.rollups = rollups;
        this.cache = cache;
        this.rules = rules;
        this.repository = repository;
        this.queries = queries;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Meeting meeting(long meetingId) {
        return queries.meeting(meetingId).filter(m -> covers(m.orgId()))
                .orElseThrow(() -> NotFoundException.of("会议记录", meetingId));
    }

    /** A village branch (党支部 or 党总支) in scope: meetings are recorded by branches. */
    @Transactional(readOnly = true)
    public OrgSummary branch(long orgId) {
        OrgSummary org = tree.find(orgId).filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("党组织", orgId));
        if (!org.type().isVillageLevel()) {
            throw RuleViolationException.onField("orgId", "三会一课由党支部（党总支）登记，" + org.shortName() + "是" + org.type().label());
        }
        return org;
    }

    public Meeting record(MeetingForm form) {
        return record(form, null);
    }

    /**
     * Records a meeting once per {@code clientKey} (the phone's key of a record made offline and sent later, perhaps
     * twice): when a meeting already carries the key, that meeting is the answer and nothing new is written.
     */
    public Meeting record(MeetingForm form, String clientKey) {
        String key = Text.clean(clientKey);
        if (key != null) {
            Optional<Meeting> earlier = recordedWith(key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        OrgSummary branch = branch(form.orgId());
        throwIfAny(MeetingRules.check(form, LocalDate.now(clock), codes.isValid(MeetingQueries.TYPE_LIST, form.type())));
        long id = rollups.meetings(branch.id(), List.of(form.heldOn()),
                () -> repository.insert(form, scope.requireActor().username(), key));
        Meeting created = queries.meeting(id).orElseThrow();
        events.publishEvent(Audited.created(MEETING, id, created.label(), branch.id(), created));
        return created;
    }

    /** The meeting recorded with a phone's key, when it is in scope. */
    @Transactional(readOnly = true)
    public Optional<Meeting> recordedWith(String clientKey) {
        return repository.byClientKey(clientKey).flatMap(queries::meeting).filter(m -> covers(m.orgId()));
    }

    public Meeting update(long meetingId, MeetingForm form) {
        Meeting before = meeting(meetingId);
        if (!before.editable()) {
            throw new RuleViolationException("该会议记录已审核，不能再修改");
        }
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该会议记录");
        }
        if (!Objects.equals(form.orgId(), before.orgId())) {
            throw RuleViolationException.onField("orgId", "会议记录的党支部不能更改");
        }
        throwIfAny(MeetingRules.check(form, LocalDate.now(clock), codes.isValid(MeetingQueries.TYPE_LIST, form.type())));
        rollups.meetings(before.orgId(), List.of(before.heldOn(), form.heldOn()), () -> {
            repository.update(meetingId, form, before.version());
            return null;
        });
        Meeting after = queries.meeting(meetingId).orElseThrow();
        events.publishEvent(Audited.updated(MEETING, meetingId, after.label(), after.orgId(), before, after));
        return after;
    }

    /** The township (or county) approves a waiting record; approved records are final. */
    public Meeting approve(long meetingId, Long version) {
        return review(meetingId, version, MeetingStatus.APPROVED, null, "APPROVE");
    }

    /** The township (or county) returns a waiting record to the branch, saying what to correct. */
    public Meeting returnToBranch(long meetingId, Long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.onField("reason", "退回须写明原因");
        }
        return review(meetingId, version, MeetingStatus.RETURNED, reason, "RETURN");
    }

    private Meeting review(long meetingId, Long version, MeetingStatus to, String note, String action) {
        Meeting before = meeting(meetingId);
        if (before.status() != MeetingStatus.SUBMITTED) {
            throw new RuleViolationException("只有待审核的会议记录可以审核或退回（当前：" + before.status().label() + "）");
        }
        if (version == null || version != before.version()) {
            throw new StaleEditException("该会议记录");
        }
        rollups.meetings(before.orgId(), List.of(before.heldOn()), () -> {
            repository.review(meetingId, to, note, scope.requireActor().username(), before.version());
            return null;
        });
        Meeting after = queries.meeting(meetingId).orElseThrow();
        events.publishEvent(new Audited(action, MEETING, meetingId, after.label(), after.orgId(), before, after));
        return after;
    }

    /**
     * Every village branch under the org: which required meetings it missed in the year, by month (kept by
     * {@link CountyFigureCache} until a write in the county).
     */
    @Transactional(readOnly = true)
    public List<Compliance> compliance(long orgId, int year) {
        tree.find(orgId).filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("党组织", orgId));
        return cache.get("compliance", orgId, year, () -> {
            List<Frequency> frequencies = queries.frequencies(orgId, year);
            LocalDate today = LocalDate.now(clock);
            return queries.heldUnder(orgId, year).entrySet().stream()
                    .map(e -> Compliance.of(e.getKey(), e.getValue().name(), year, frequencies, e.getValue().held(), today))
                    .toList();
        });
    }

    @Transactional(readOnly = true)
    public List<Frequency> frequencies(long orgId, int year) {
        return queries.frequencies(orgId, year);
    }

    /**
     * Replaces the meeting frequencies of a year for the signed-in county officer's county, from the set the officer
     * started from ({@link Frequencies#token}); a meeting type appears once.
     */
    public List<Frequency> saveFrequencies(int year, FrequencyForm form) {
        if (year < 2000 || year > 2100) {
            throw new RuleViolationException("年度须在2000至2100之间");
        }
        long county = rules.countyOf(scope.requireActor().orgId());
        List<Frequency> before = queries.frequenciesOfYear(county, year);
        if (!Frequencies.token(before).equals(form.token() == null ? "" : form.token())) {
            throw new StaleEditException(year + "年会议频次");
        }
        java.util.Set<String> types = new java.util.HashSet<>();
        for (FrequencyForm.Item item : form.items()) {
            if (!codes.isValid(MeetingQueries.TYPE_LIST, item.type())) {
                throw RuleViolationException.onField("items", "会议类型" + item.type() + "不在代码表中");
            }
            if (!types.add(item.type())) {
                throw RuleViolationException.onField("items", "每种会议类型只能设置一次");
            }
        }
        repository.replaceFrequencies(county, year, form.items());
        List<Frequency> after = queries.frequenciesOfYear(county, year);
        events.publishEvent(new Audited(before.isEmpty() ? "CREATE" : "UPDATE", "MEETING_FREQUENCIES", (long) year,
                year + "年会议频次", county, before, after));
        return after;
    }

    /** The token of the frequencies the signed-in officer's county set for exactly this year ("" when none). */
    @Transactional(readOnly = true)
    public String frequencyToken(int year) {
        return Frequencies.token(queries.frequenciesOfYear(rules.countyOf(scope.requireActor().orgId()), year));
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }

}
