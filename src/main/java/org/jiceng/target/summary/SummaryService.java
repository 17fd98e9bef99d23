package org.jiceng.target.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.ScopedSql;
import org.jiceng.review.NewItem;
import org.jiceng.review.NewProcess;
import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.Scope;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.jiceng.shared.UploadTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic summaries ({@link SummaryRules}): the county or a township sets the periods of a year, each run as one
 * process of the review chain (kind SUMMARY, approved by the county); an org that owes a period's summary writes it
 * (a township may enter it for its villages), submits it (late when after the deadline), the reviewer — the village's
 * township, the county for a township — passes it with points or returns it with a reason, and the county approves
 * it. Every write audited in its transaction.
 */
@Service
@Transactional
public class SummaryService {

    static final String KIND = "SUMMARY";
    static final String PERIOD = "SUMMARY_PERIOD";
    static final String SUMMARY = "PERIODIC_SUMMARY";

    private final SummaryRepository repository;
    private final ReviewService review;
    private final OrgTree tree;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SummaryService(SummaryRepository repository, ReviewService review, OrgTree tree, DataScope scope,
                   ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.review = review;
        this.tree = tree;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** Sets a period of the officer's county or township for a year; the title once per org and year. */
    public SummaryPeriod createPeriod(PeriodForm form) {
        Actor actor = scope.requireActor();
        OrgSummary owner = tree.find(actor.orgId()).orElseThrow();
        if (owner.type() != OrgType.COUNTY && owner.type() != OrgType.TOWNSHIP) {
            throw new RuleViolationException("总结期次由县委组织部或乡镇党委设定");
        }
        List<FieldError> errors = SummaryRules.checkPeriod(form, owner.type() == OrgType.TOWNSHIP);
        if (repository.titleTaken(owner.id(), form.year(), form.title().strip())) {
            errors.add(new FieldError("title", owner.shortName() + form.year() + "年已设定“" + form.title().strip() + "”"));
        }
        RuleViolationException.throwIfAny("总结期次未保存", errors);
        long county = tree.countyOf(owner.id()).map(OrgSummary::id).orElse(owner.id());
        long process = review.open(new NewProcess(KIND, owner.shortName() + form.year() + "年" + form.title().strip(),
                county, form.submitDue(), null, null, 1), List.of());
        long id = repository.insertPeriod(owner.id(), owner.shortName(), form, process, actor.username());
        SummaryPeriod created = repository.period(id).orElseThrow();
        events.publishEvent(Audited.created(PERIOD, id, created.ownerName() + created.label(), owner.id(), created));
        return created;
    }

    /** Periods of a year the user reads: set by their org, an org above it, or (officers) an org below it. */
    @Transactional(readOnly = true)
    public List<SummaryPeriod> periods(int year) {
        Scope register = scope.scope(ScopeKind.REGISTER);
        ScopedSql below = ScopedSql.of(register, "p.owner_org_id", null);
        ScopedSql above = ScopedSql.ownedAbove(register, "p.owner_org_id");
        Map<String, Object> params = new java.util.HashMap<>(below.params());
        params.putAll(above.params());
        return repository.periods(new ScopedSql("(" + below.predicate() + " OR " + above.predicate() + ")", params),
                year);
    }

    /** A period the user reads (404 otherwise). */
    @Transactional(readOnly = true)
    public SummaryPeriod period(long periodId) {
        return repository.period(periodId).filter(p -> readable(p.ownerOrgId()))
                .orElseThrow(() -> NotFoundException.of("总结期次", periodId));
    }

    /** One row per org that owes the period's summary, in the user's scope: who has and has not submitted. */
    @Transactional(readOnly = true)
    public List<RosterRow> roster(long periodId) {
        SummaryPeriod period = period(periodId);
        Map<Long, PeriodicSummary> byOrg = new java.util.HashMap<>();
        withStages(repository.summaries(periodId)).forEach(s -> byOrg.put(s.orgId(), s));
        List<RosterRow> rows = new ArrayList<>();
        for (OrgSummary org : subjects(period)) {
            if (covers(org.id())) {
                rows.add(new RosterRow(org.id(), tree.label(org.id()), byOrg.get(org.id())));
            }
        }
        return rows;
    }

    /** An org owing the summary and, once begun, its summary. */
    public record RosterRow(long orgId, String orgName, PeriodicSummary summary) {

        public boolean submitted() {
            return summary != null && summary.submittedOn() != null;
        }
    }

    /** A summary the user may see (404 otherwise), with its stage in the chain. */
    @Transactional(readOnly = true)
    public PeriodicSummary summary(long summaryId) {
        return repository.summary(summaryId).filter(s -> covers(s.orgId())).map(s -> withStages(List.of(s)).get(0))
                .orElseThrow(() -> NotFoundException.of("工作总结", summaryId));
    }

    @Transactional(readOnly = true)
    public List<org.jiceng.review.ReviewTransition> history(long summaryId) {
        return review.history(summary(summaryId).itemId());
    }

    /** The uploaded document of a summary (404 when it has none). */
    @Transactional(readOnly = true)
    public SummaryDocument document(long summaryId) {
        PeriodicSummary s = summary(summaryId);
        byte[] content = repository.content(summaryId).orElseThrow(() -> NotFoundException.of("总结文件", summaryId));
        return new SummaryDocument(s.fileName(), s.contentType(), content);
    }

    /** An uploaded summary document as downloaded. */
    public record SummaryDocument(String fileName, String contentType, byte[] content) {
    }

    /**
     * Writes (or rewrites, while a draft) an org's summary of a period: refused when the org does not owe that
     * period, when there is neither text nor document, or when the file is not a document or too large.
     */
    public PeriodicSummary save(long periodId, SummaryForm form, String fileName, byte[] content) {
        SummaryPeriod period = period(periodId);
        Actor actor = scope.requireActor();
        long orgId = form.orgId();
        OrgSummary org = tree.find(orgId).filter(o -> covers(o.id()))
                .orElseThrow(() -> RuleViolationException.onField("orgId", "请选择本单位或下级组织"));
        if (!owes(period, org)) {
            throw RuleViolationException.onField("periodId", org.shortName() + "不需要报送“" + period.label() + "”");
        }
        if (orgId != actor.orgId() && org.type() == OrgType.TOWNSHIP) {
            throw RuleViolationException.onField("orgId", "乡镇的总结由乡镇自己填报");
        }
        boolean hasFile = fileName != null && content != null && content.length > 0;
        PeriodicSummary existing = repository.summaryOf(periodId, orgId).map(s -> withStages(List.of(s)).get(0))
                .orElse(null);
        List<FieldError> errors = SummaryRules.checkContent(form.text(), hasFile,
                existing != null && existing.fileName() != null);
        String type = null;
        if (hasFile) {
            type = UploadTypes.check(fileName, content);
            if (type == null) {
                errors.add(new FieldError("file", FILE_RULE));
            }
        }
        if (existing != null && existing.stage() != ReviewStage.DRAFT) {
            errors.add(new FieldError("text", "总结已提交（" + existing.stageLabel() + "），不能再修改"));
        }
        RuleViolationException.throwIfAny("总结未保存", errors);
        String text = Text.clean(form.text());
        long id;
        if (existing == null) {
            long reviewer = org.parentId();
            ReviewItem item = review.addItem(period.processId(), new NewItem(orgId, reviewer, org.shortName() + "：" + period.label()));
            id = repository.insertSummary(periodId, orgId, tree.label(orgId), reviewer, item.id(), text, actor.username());
        } else {
            if (form.version() == null || form.version() != existing.version()) {
                throw new StaleEditException("该总结");
            }
            id = existing.id();
            repository.updateText(id, text, existing.version());
        }
        if (type != null) {
            repository.attach(id, UploadTypes.safeName(fileName), type, content);
        }
        PeriodicSummary saved = summary(id);
        events.publishEvent(existing == null ? Audited.created(SUMMARY, id, saved.orgName() + "：" + period.label(), orgId, saved)
                : Audited.updated(SUMMARY, id, saved.orgName() + "：" + period.label(), orgId, existing, saved));
        return saved;
    }

    /** Takes a step in the chain: submit (first submission dated, late or not), review with points, return, approve. */
    public PeriodicSummary act(long summaryId, SummaryActionForm form) {
        PeriodicSummary before = summary(summaryId);
        SummaryPeriod period = repository.period(before.periodId()).orElseThrow();
        if (form.action() == null) {
            throw RuleViolationException.onField("action", "请选择要办理的事项");
        }
        if (form.action() == SummaryAction.REVIEW) {
            RuleViolationException.throwIfAny(SummaryRules.checkPoints(form.points(), period.maxPoints()));
        }
        if (form.action() == SummaryAction.APPROVE && before.points() == null) {
            throw RuleViolationException.onField("points", "乡镇尚未评分，不能审定");
        }
        review.act(before.itemId(), form.action().chain(), form.version(), form.reason());
        LocalDate today = LocalDate.now(clock);
        if (form.action() == SummaryAction.SUBMIT) {
            repository.submitted(summaryId, today, period.lateOn(today));
        } else if (form.action() == SummaryAction.REVIEW) {
            repository.score(summaryId, form.points(), scope.requireActor().username());
        }
        PeriodicSummary after = summary(summaryId);
        events.publishEvent(new Audited(form.action().name(), SUMMARY, summaryId,
                after.orgName() + "：" + period.label() + "：" + form.action().label(), after.orgId(), before, after));
        return after;
    }

    static final String FILE_RULE = "总结文件须是 PDF、Word、Excel 或扫描图片（JPG、PNG），不超过"
            + UploadTypes.MAX_BYTES / 1024 / 1024 + "MB，且内容与扩展名相符";

    /** The orgs that owe the period's summary: villages and/or townships under the org that set it. */
    List<OrgSummary> subjects(SummaryPeriod period) {
        List<OrgSummary> orgs = new ArrayList<>();
        OrgSummary owner = tree.find(period.ownerOrgId()).orElseThrow();
        List<OrgSummary> townships = owner.type() == OrgType.TOWNSHIP ? List.of(owner)
                : tree.children(owner.id()).stream().filter(o -> o.type() == OrgType.TOWNSHIP).toList();
        for (OrgSummary township : townships) {
            if (period.submitters().townships() && township.id() != owner.id()) {
                orgs.add(township);
            }
            if (period.submitters().villages()) {
                tree.children(township.id()).stream().filter(o -> o.type().isVillageLevel()).forEach(orgs::add);
            }
        }
        return orgs;
    }

    boolean owes(SummaryPeriod period, OrgSummary org) {
        boolean below = org.id() != period.ownerOrgId() && tree.contains(period.ownerOrgId(), org.id());
        return SummaryRules.owes(period, org.type().isVillageLevel(), org.type() == OrgType.TOWNSHIP, below);
    }

    private List<PeriodicSummary> withStages(List<PeriodicSummary> summaries) {
        Map<Long, ReviewItem> items = review.itemsById(summaries.stream().map(PeriodicSummary::itemId).toList());
        return summaries.stream().map(s -> {
            ReviewItem i = items.get(s.itemId());
            return i == null ? s : s.withItem(i.stage(), i.returnedReason(), i.version());
        }).toList();
    }

    private boolean readable(long ownerOrgId) {
        Actor actor = scope.requireActor();
        return covers(ownerOrgId) || (actor.role().keepsRegister() && tree.contains(ownerOrgId, actor.orgId()));
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
