package org.jiceng.incentive.talk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.PersonBrief;
import org.jiceng.organization.PersonFlag;
import org.jiceng.organization.PersonFlagKind;
import org.jiceng.organization.PersonRecords;
import org.jiceng.organization.PostQueries;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talk records of a township or county with village members and cadres ({@link TalkRules}). Recording an 诫勉谈话
 * writes the person flag 诫勉谈话 through the register's {@link PersonRecords} for the county's influence period, so a
 * flagged member cannot be nominated for a model-member call meanwhile; withdrawing a talk recorded by mistake
 * removes its flag. Each step audited, in one transaction with its flag.
 */
@Service
@Transactional
public class TalkService {

    static final String TALK = "TALK";
    static final String RULE = "TALK_RULE";

    private final TalkRepository repository;
    private final TalkPeriods periods;
    private final PersonRecords records;
    private final PostQueries posts;
    private final OrgTree tree;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TalkService(TalkRepository repository, TalkPeriods periods, PersonRecords records, PostQueries posts, OrgTree tree,
                DataScope scope, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.periods = periods;
        this.records = records;
        this.posts = posts;
        this.tree = tree;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a talk held by the signed-in officer's org with a person in scope (404 outside it). Refused, with
     * nothing written: a talk in the future, an 诫勉谈话 without follow-up or before the county set an influence period,
     * and a talk the org of the subject's own branch would hold (it must come from a higher org).
     */
    public Talk record(TalkForm form) {
        Actor actor = scope.requireActor();
        PersonBrief person = records.person(form.personId());
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = TalkRules.check(form, today);
        if (!TalkRules.heldAbove(actor.orgId(), person.orgId(), tree.contains(actor.orgId(), person.orgId()))) {
            errors.add(new FieldError("personId", "谈话须由上级党组织负责人进行：" + person.name() + "所在党支部不能自行登记"));
        }
        Optional<TalkRule> rule = form.kind() == TalkKind.ADMONITION && form.heldOn() != null
                ? periods.applying(person.orgId(), form.heldOn().getYear()) : Optional.empty();
        if (form.kind() == TalkKind.ADMONITION && form.heldOn() != null && rule.isEmpty()) {
            errors.add(new FieldError("kind", "县委组织部尚未设定" + form.heldOn().getYear()
                    + "年的诫勉影响期，请先在“谈话记录 → 诫勉影响期”中设定"));
        }
        RuleViolationException.throwIfAny("谈话记录未保存", errors);
        OrgSummary heldBy = tree.find(actor.orgId()).orElseThrow();
        Long township = tree.path(person.orgId()).stream().filter(o -> o.type() == OrgType.TOWNSHIP)
                .map(OrgSummary::id).findFirst().orElse(null);
        var parties = new TalkRepository.Parties(person.orgId(), township, person.name(), tree.label(person.orgId()),
                postOn(person.id(), form.heldOn()), heldBy.id(), heldBy.name());
        LocalDate until = rule.map(r -> TalkRules.effectiveUntil(form.heldOn(), r.admonitionMonths())).orElse(null);
        long id = repository.insert(form, parties, until, actor.username());
        if (form.kind().flagsSubject()) {
            PersonFlag flag = records.recordFlag(person.id(), PersonFlagKind.ADMONISHMENT, form.heldOn(), until,
                    cut("诫勉谈话（谈话记录第" + id + "号）：" + form.reason().strip(), 500));
            repository.setFlag(id, flag.id());
        }
        Talk created = repository.find(id).orElseThrow();
        events.publishEvent(Audited.created(TALK, id, created.label(), created.orgId(), created));
        return created;
    }

    /** A talk whose subject's branch the user may see (404 otherwise). */
    @Transactional(readOnly = true)
    public Talk talk(long talkId) {
        return repository.find(talkId).filter(t -> covers(t.orgId()))
                .orElseThrow(() -> NotFoundException.of("谈话记录", talkId));
    }

    /** Talks about people under the org (in scope) held in the year, optionally of one kind, latest first. */
    @Transactional(readOnly = true)
    public PageResult<Talk> talks(long orgId, int year, TalkKind kind, PageQuery page) {
        tree.find(orgId).filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("党组织", orgId));
        return repository.list(ScopedSql.of(scope.scope(ScopeKind.REGISTER), "t.org_id", null), orgId, year, kind, page);
    }

    /** Records the follow-up check (回访) of a talk: the second step, once. */
    public Talk check(long talkId, CheckForm form) {
        Talk before = talk(talkId);
        RuleViolationException.throwIfAny(TalkRules.checkFollowUp(before, form.checkedOn(), form.result(),
                LocalDate.now(clock)));
        requireVersion(before, form.version());
        repository.check(talkId, form.checkedOn(), form.result(), scope.requireActor().username(), before.version());
        Talk after = repository.find(talkId).orElseThrow();
        events.publishEvent(new Audited("CHECK", TALK, talkId, after.label(), after.orgId(), before, after));
        return after;
    }

    /** Withdraws a talk recorded by mistake, with a reason; the flag it wrote is removed in the same transaction. */
    public Talk withdraw(long talkId, WithdrawForm form) {
        Talk before = talk(talkId);
        RuleViolationException.throwIfAny(TalkRules.withdraw(before, form.reason()));
        requireVersion(before, form.version());
        repository.withdraw(talkId, form.reason(), scope.requireActor().username(), before.version());
        if (before.flagId() != null) {
            records.removeFlag(before.flagId(), "谈话记录第" + talkId + "号撤销：" + form.reason().strip());
        }
        Talk after = repository.find(talkId).orElseThrow();
        events.publishEvent(new Audited("WITHDRAW", TALK, talkId, after.label(), after.orgId(), before, after));
        return after;
    }

    /** The influence periods the signed-in officer's county has set, latest year first. */
    @Transactional(readOnly = true)
    public List<TalkRule> rules() {
        return periods.ofCounty(scope.requireActor().orgId());
    }

    /** The influence period applying in a year to the signed-in officer's county, if any. */
    @Transactional(readOnly = true)
    public Optional<TalkRule> ruleFor(int year) {
        return periods.applying(scope.requireActor().orgId(), year);
    }

    /** Sets the county's influence period of 诫勉谈话 from a year on (county officers); a change names its version. */
    public TalkRule saveRule(TalkRuleForm form) {
        if (form.year() == null || form.admonitionMonths() == null || form.admonitionMonths() < 1
                || form.admonitionMonths() > 60) {
            throw RuleViolationException.onField("admonitionMonths", "影响期须在1至60个月之间");
        }
        long county = periods.countyOf(scope.requireActor().orgId());
        Optional<TalkRule> before = repository.ruleOfYear(county, form.year());
        if (before.isPresent()) {
            if (form.version() == null || form.version() != before.get().version()) {
                throw new StaleEditException(form.year() + "年诫勉影响期");
            }
            repository.updateRule(before.get().id(), form.admonitionMonths(), before.get().version());
        } else {
            repository.insertRule(county, form.year(), form.admonitionMonths());
        }
        TalkRule after = repository.ruleOfYear(county, form.year()).orElseThrow();
        events.publishEvent(new Audited(before.isEmpty() ? "CREATE" : "UPDATE", RULE, after.id(),
                form.year() + "年诫勉影响期", county, before.orElse(null), after));
        return after;
    }

    /** The posts the person held on the day (e.g. "关村村 村干部 · 村委会委员"), as the record states them. */
    private String postOn(long personId, LocalDate day) {
        String held = posts.postsOf(personId).stream()
                .filter(p -> !p.startedOn().isAfter(day) && (p.endedOn() == null || !p.endedOn().isBefore(day)))
                .map(p -> p.orgName() + " " + p.post()).distinct().collect(Collectors.joining("；"));
        return held.isEmpty() ? null : cut(held, 200);
    }

    private static void requireVersion(Talk talk, Long version) {
        if (version == null || version != talk.version()) {
            throw new StaleEditException("该谈话记录");
        }
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
