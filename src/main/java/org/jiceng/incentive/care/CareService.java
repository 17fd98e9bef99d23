package org.jiceng.incentive.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.PersonBrief;
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
 * The 帮扶台账 ({@link CareRules}): officers open a case for a member or village cadre in scope, record support and
 * reverse a mistaken entry, and close the case when the hardship is over. One truth with the register: opening a
 * case sets the person's 困难党员 mark through {@link PersonRecords#markHardship}, closing the last open case clears
 * it — in the same transaction. Every change audited, money with before and after.
 */
@Service
@Transactional
public class CareService {

    static final String CASE = "HARDSHIP_CASE";
    static final String SUPPORT = "SUPPORT_ENTRY";

    private final CareRepository repository;
    private final CareQueries queries;
    private final PersonRecords records;
    private final PostQueries posts;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareService(CareRepository repository, CareQueries queries, PersonRecords records, PostQueries posts, OrgTree tree,
                CodeLists codes, DataScope scope, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.records = records;
        this.posts = posts;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a case for a person in scope (404 outside it) and marks the register. Refused, with nothing written: a
     * villager who is neither a member nor a village cadre in post, codes not in the lists, a date in the future, and
     * a second open case of the same cause.
     */
    public HardshipCase open(CaseForm form) {
        Actor actor = scope.requireActor();
        PersonBrief person = records.person(form.personId());
        LocalDate today = LocalDate.now(clock);
        boolean cadre = posts.cadres(person.orgId()).stream().anyMatch(c -> c.personId() == person.id() && c.current());
        List<FieldError> errors = CareRules.openCase(form, today);
        if (!person.member() && !cadre) {
            errors.add(new FieldError("personId", person.name() + "不是党员或在任村干部，不能登记为困难党员帮扶对象"));
        }
        if (!codes.isValid(CareRepository.CAUSES, form.cause())) {
            errors.add(new FieldError("cause", "请选择致困原因"));
        } else if (repository.openWithCause(person.id(), form.cause())) {
            errors.add(new FieldError("cause", person.name() + "已有同一原因的在帮扶记录"));
        }
        if (!codes.isValid(CareRepository.SEVERITIES, form.severity())) {
            errors.add(new FieldError("severity", "请选择困难程度"));
        }
        RuleViolationException.throwIfAny("帮扶对象未保存", errors);
        Long township = tree.path(person.orgId()).stream().filter(o -> o.type() == OrgType.TOWNSHIP)
                .map(OrgSummary::id).findFirst().orElse(null);
        var subject = new CareRepository.Subject(person.id(), person.name(), person.orgId(),
                tree.find(person.orgId()).map(OrgSummary::shortName).orElse(""), township, person.member(), cadre);
        long id = repository.insertCase(form, subject, actor.username());
        HardshipCase created = repository.findCase(id).orElseThrow();
        events.publishEvent(Audited.created(CASE, id, created.label(), created.orgId(), created));
        markRegister(person.id());
        return created;
    }

    /** A case the user may see (404 otherwise). */
    @Transactional(readOnly = true)
    public HardshipCase hardshipCase(long caseId) {
        return repository.findCase(caseId).filter(c -> covers(c.orgId()))
                .orElseThrow(() -> NotFoundException.of("帮扶对象", caseId));
    }

    @Transactional(readOnly = true)
    public List<SupportEntry> entries(long caseId) {
        hardshipCase(caseId);
        return repository.entries(caseId);
    }

    /** A person's cases (the person in scope, 404 otherwise), latest first. */
    @Transactional(readOnly = true)
    public List<HardshipCase> casesOf(long personId) {
        records.person(personId);
        return repository.casesOf(personId).stream().filter(c -> covers(c.orgId())).toList();
    }

    /** The cases under an org active in a year, with their support that year. */
    @Transactional(readOnly = true)
    public PageResult<CaseRow> cases(long orgId, int year, PageQuery page) {
        return queries.cases(scoped(orgId), orgId, year, page);
    }

    /** The year under an org: cases, people and members helped, amounts by kind, fund and township. */
    @Transactional(readOnly = true)
    public CareSummary summary(long orgId, int year) {
        return queries.summary(scoped(orgId), orgId, year);
    }

    /** Members helped in the year under an org (the workbench's figure; {@link #summary} has it with the rest). */
    @Transactional(readOnly = true)
    public long membersHelped(long orgId, int year) {
        return queries.membersHelped(scoped(orgId), orgId, year);
    }

    /** Every support entry of the year under an org, with its case, by date (for the export). */
    @Transactional(readOnly = true)
    public List<Map.Entry<HardshipCase, SupportEntry>> yearEntries(long orgId, int year) {
        return queries.entries(scoped(orgId), orgId, year);
    }

    /** Records support given to an open case. */
    public SupportEntry support(long caseId, SupportForm form) {
        HardshipCase hardship = hardshipCase(caseId);
        List<FieldError> errors = CareRules.support(hardship, form, LocalDate.now(clock));
        if (!codes.isValid(CareRepository.KINDS, form.kind())) {
            errors.add(new FieldError("kind", "请选择帮扶方式"));
        }
        if (!codes.isValid(CareRepository.FUNDS, form.fundSource())) {
            errors.add(new FieldError("fundSource", "请选择资金来源"));
        }
        RuleViolationException.throwIfAny("帮扶记录未保存", errors);
        long id = repository.insertSupport(caseId, form, scope.requireActor().username());
        repository.touchCase(caseId);
        SupportEntry created = repository.findEntry(id).orElseThrow();
        events.publishEvent(Audited.created(SUPPORT, id, hardship.personName() + "：" + created.kindLabel() + " "
                + created.amount() + "元", hardship.orgId(), created));
        return created;
    }

    /** Reverses a support entry made by mistake with a reason: a negative entry, the original kept and marked. */
    public SupportEntry reverse(long supportId, ReverseForm form) {
        SupportEntry before = entry(supportId);
        HardshipCase hardship = hardshipCase(before.caseId());
        RuleViolationException.throwIfAny(CareRules.reverse(before, form.reason()));
        long id = repository.insertReversal(before, form.reason(), scope.requireActor().username());
        SupportEntry reversal = repository.findEntry(id).orElseThrow();
        events.publishEvent(new Audited("REVERSE", SUPPORT, supportId, hardship.personName() + "：冲销 "
                + before.amount() + "元", hardship.orgId(), before, reversal));
        return reversal;
    }

    /** A support entry whose case the user may see (404 otherwise). */
    @Transactional(readOnly = true)
    public SupportEntry entry(long supportId) {
        SupportEntry entry = repository.findEntry(supportId)
                .orElseThrow(() -> NotFoundException.of("帮扶记录", supportId));
        hardshipCase(entry.caseId());
        return entry;
    }

    /** Closes a case; the register's mark clears when no other case of the person stays open. */
    public HardshipCase close(long caseId, CloseForm form) {
        HardshipCase before = hardshipCase(caseId);
        RuleViolationException.throwIfAny(CareRules.close(before, form,
                repository.lastSupport(caseId).orElse(null), LocalDate.now(clock)));
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该帮扶对象");
        }
        repository.closeCase(caseId, form, scope.requireActor().username(), before.version());
        HardshipCase after = repository.findCase(caseId).orElseThrow();
        events.publishEvent(new Audited("CLOSE", CASE, caseId, after.label(), after.orgId(), before, after));
        markRegister(before.personId());
        return after;
    }

    /** The register says what the open cases say: marked with the latest open case's cause, or not marked. */
    private void markRegister(long personId) {
        List<HardshipCase> open = repository.openCasesOf(personId);
        records.markHardship(personId, !open.isEmpty(), open.isEmpty() ? null : open.get(0).registerNote());
    }

    private ScopedSql scoped(long orgId) {
        tree.find(orgId).filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("党组织", orgId));
        return ScopedSql.of(scope.scope(ScopeKind.REGISTER), "c.org_id", null);
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
