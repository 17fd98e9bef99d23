package org.jiceng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jiceng.organization.ScopedSql;
import org.jiceng.review.NewItem;
import org.jiceng.review.NewProcess;
import org.jiceng.review.ReviewAction;
import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewProcess;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.UploadTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns (考核评定活动): the county opens one over its village branches (or townships, or village cadres: see
 * {@link CampaignSubjects}) with a published scheme; each branch fills its self-assessment (a cadre's is filled at
 * the cadre's village); the township reviews its villages (a changed score needs a reason) and passes them on; the
 * county approves, publishes the 公示 and fixes the results. The review chain ({@link ReviewService}) holds each
 * entry's stage; this service checks the content (values valid for their indicators, nothing unscored), keeps each
 * entry's result computed by the engine and the year-over-year rule ({@link CampaignResults}), and audits every write.
 */
@Service
@Transactional
public class CampaignService {

    static final String CAMPAIGN = "ASSESSMENT_CAMPAIGN";
    static final String ENTRY = "CAMPAIGN_ENTRY";
    static final String KIND = "CAMPAIGN";

    private final CampaignRepository repository;
    private final SchemeRepository schemes;
    private final SchemeAccess access;
    private final ReviewService review;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Metrics metrics;
    private final CampaignSubjects subjects;

    CampaignService(CampaignRepository repository, SchemeRepository schemes, SchemeAccess access, ReviewService review,
                    DataScope scope, ApplicationEventPublisher events, Metrics metrics, CampaignSubjects subjects) {
        this.metrics = metrics;
        this.subjects = subjects;
        this.repository = repository;
        this.schemes = schemes;
        this.access = access;
        this.review = review;
        this.scope = scope;
        this.events = events;
    }

    // ---- campaigns

    /** Campaigns that judge the user's org (run above it) or run inside the user's subtree. */
    @Transactional(readOnly = true)
    public List<Campaign> campaigns() {
        return repository.visible(ScopedSql.ownedAbove(scope.scope(ScopeKind.REGISTER), "c.owner_org_id"),
                ScopedSql.of(scope.scope(ScopeKind.REGISTER), "c.owner_org_id", null));
    }

    @Transactional(readOnly = true)
    public Campaign campaign(long campaignId) {
        return repository.find(campaignId)
                .filter(c -> access.canRead(c.ownerOrgId()) || covers(c.ownerOrgId()))
                .orElseThrow(() -> NotFoundException.of("考核评定", campaignId));
    }

    @Transactional(readOnly = true)
    public boolean canRun(Campaign campaign) {
        return access.canWrite(campaign.ownerOrgId());
    }

    @Transactional(readOnly = true)
    public Scheme scheme(Campaign campaign) {
        return schemes.find(campaign.schemeId()).orElseThrow().scheme();
    }

    /**
     * The values the entry's metric-bound indicators take from the modules' data for the campaign's year (indicator
     * code → value); an indicator whose metric has no figure for the org is left out and is typed by hand.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> dataInputs(CampaignEntry entry) {
        Campaign campaign = repository.find(entry.campaignId()).orElseThrow();
        StoredScheme stored = schemes.find(campaign.schemeId()).orElseThrow();
        return stored.metrics().isEmpty() ? Map.of() : metrics.metricInputs(stored, campaign.year(), entry.orgId());
    }

    /** The metric each bound indicator of the campaign's scheme takes its value from: indicator code → metric name. */
    @Transactional(readOnly = true)
    public Map<String, String> boundMetrics(Campaign campaign) {
        StoredScheme stored = schemes.find(campaign.schemeId()).orElseThrow();
        Map<String, String> names = new LinkedHashMap<>();
        stored.metrics().forEach((code, metric) -> names.put(code, metrics.find(metric)
                .map(org.jiceng.shared.metrics.MetricDefinition::name).orElse(metric)));
        return names;
    }

    @Transactional(readOnly = true)
    public ReviewProcess process(Campaign campaign) {
        return review.process(campaign.processId());
    }

    /** The published schemes the signed-in county officer may run a campaign with. */
    @Transactional(readOnly = true)
    public List<SchemeChoice> runnableSchemes() {
        return repository.publishedSchemes(scope.requireActor().orgId());
    }

    /**
     * Opens a campaign over every subject of the scheme's kind under the officer's org (cadres: or under one of its
     * townships), each entry as a draft.
     */
    public Campaign create(CampaignForm form) {
        Actor actor = scope.requireActor();
        List<FieldError> errors = new ArrayList<>();
        StoredScheme scheme = form.schemeId() == null ? null : schemes.find(form.schemeId())
                .filter(s -> s.ownerOrgId() == actor.orgId()).orElse(null);
        if (scheme == null) {
            errors.add(new FieldError("schemeId", "请选择本单位已发布的考核方案"));
        } else if (scheme.status() != SchemeStatus.PUBLISHED) {
            errors.add(new FieldError("schemeId", "方案尚未发布，发布后才能开展评定"));
        } else if (scheme.scheme().subject() == SubjectKind.MEMBER) {
            errors.add(new FieldError("schemeId", "该方案评定" + scheme.scheme().subject().label() + "，暂不能开展评定"));
        }
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 200) {
            errors.add(new FieldError("name", "请填写评定名称（200字以内）"));
        }
        if (form.maxRise() == null || form.maxRise() < 1 || form.maxRise() > 3) {
            errors.add(new FieldError("maxRise", "每年最多升级数须为1至3"));
        }
        RuleViolationException.throwIfAny(errors);
        if (!access.canWrite(actor.orgId())) {
            throw new AccessDeniedException("only county officers open campaigns");
        }
        SubjectKind kind = scheme.scheme().subject();
        List<CampaignSubjects.Subject> judged = subjects.of(subjects.range(actor.orgId(), form.org(), kind), kind);
        if (judged.isEmpty()) {
            throw RuleViolationException.onField(form.org() == null ? "schemeId" : "org",
                    "评定范围内没有可评定的" + kind.label());
        }
        String name = form.name().strip();
        boolean cadres = kind == SubjectKind.VILLAGE_CADRE;
        // A township's own campaign (its 年终目责考核 of its villages) is decided by the township.
        long processId = review.open(new NewProcess(KIND, name, actor.orgId(), form.submitDue(), form.reviewDue(),
                form.approveDue(), form.publicityDays() == null ? 0 : form.publicityDays(),
                actor.role() == Role.TOWNSHIP_OFFICER), cadres ? List.of()
                : judged.stream().map(s -> new NewItem(s.orgId(), s.reviewerOrgId(), s.label())).toList());
        long id = repository.insertCampaign(actor.orgId(), scheme.id(), scheme.scheme().year(), name, processId,
                form.maxRise(), actor.username());
        if (cadres) {
            // Several cadres share a village, so each entry is tied to its own review item as it is made.
            for (CampaignSubjects.Subject s : judged) {
                ReviewItem item = review.addItem(processId, new NewItem(s.orgId(), s.reviewerOrgId(), s.label()));
                repository.insertCadreEntry(id, s.orgId(), s.reviewerOrgId(), item.id(), s.cadre());
            }
        } else {
            repository.insertEntries(id, processId);
        }
        Campaign created = repository.find(id).orElseThrow();
        events.publishEvent(Audited.created(CAMPAIGN, id, created.name(), created.ownerOrgId(), created));
        return created;
    }

    // ---- entries

    /** The entries in scope (under {@code underOrg} when given), ranked, with last year's movement. */
    @Transactional(readOnly = true)
    public List<CampaignEntry> entries(Campaign campaign, Long underOrg) {
        List<CampaignEntry> entries = repository.entries(campaign.id(),
                ScopedSql.of(scope.scope(ScopeKind.REGISTER), "e.org_id", null), underOrg);
        return CampaignResults.ranked(scheme(campaign), entries);
    }

    @Transactional(readOnly = true)
    public CampaignEntry entry(long entryId) {
        return repository.entry(entryId).filter(e -> covers(e.orgId()))
                .orElseThrow(() -> NotFoundException.of("评定对象", entryId));
    }

    /** The entry ranked among all entries of its campaign (its ranks in township and county, its movement). */
    @Transactional(readOnly = true)
    public CampaignEntry ranked(CampaignEntry entry) {
        Campaign campaign = repository.find(entry.campaignId()).orElseThrow();
        List<CampaignEntry> all = repository.entries(campaign.id(), new ScopedSql("1 = 1", Map.of()), null);
        return CampaignResults.ranked(scheme(campaign), all).stream().filter(e -> e.id() == entry.id())
                .findFirst().orElse(entry);
    }

    /** The scores of the listed entries (already read in scope), by entry: for the township's grid. */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, EntryScore>> scoresOf(List<CampaignEntry> entries) {
        return repository.scoresOf(entries.stream().map(CampaignEntry::id).toList());
    }

    @Transactional(readOnly = true)
    public Map<String, EntryScore> scores(long entryId) {
        entry(entryId);
        return repository.scores(entryId);
    }

    /** The entry's score sheet: every indicator, its input, the rule and the points, as the engine computes them. */
    @Transactional(readOnly = true)
    public ScoreSheet sheet(CampaignEntry entry) {
        Campaign campaign = repository.find(entry.campaignId()).orElseThrow();
        return ScoringEngine.evaluate(scheme(campaign), inputs(repository.scores(entry.id())));
    }

    @Transactional(readOnly = true)
    public List<org.jiceng.review.ReviewTransition> history(CampaignEntry entry) {
        return review.history(entry.itemId());
    }

    /**
     * The branch saves its self-assessment (values and notes per indicator) while it is a draft; with
     * {@code submit} every indicator must have a value and the entry goes to the township.
     */
    public CampaignEntry saveSelf(long entryId, ScoreForm form, boolean submit) {
        CampaignEntry before = entry(entryId);
        Actor actor = scope.requireActor();
        if (!actor.role().keepsRegister()) {
            throw new AccessDeniedException("members do not fill assessments");
        }
        if (before.stage() != ReviewStage.DRAFT) {
            throw new RuleViolationException(before.label() + "的自评已提交（" + before.stage().label() + "），不能再修改");
        }
        Campaign campaign = repository.find(before.campaignId()).orElseThrow();
        Scheme scheme = scheme(campaign);
        Map<String, BigDecimal> values = parse(scheme, form.values());
        // Indicators bound to a metric take the modules' figures; typed values count only where there is none.
        Map<String, BigDecimal> data = dataInputs(before);
        Map<String, String> bound = boundMetrics(campaign);
        Map<String, String> notes = new HashMap<>(form.notes());
        data.forEach((code, value) -> {
            values.put(code, value);
            notes.put(code, "取自：" + bound.get(code));
        });
        ScoringEngine.evaluate(scheme, values);
        if (submit) {
            requireComplete(scheme, values, before.label());
        }
        Map<String, EntryScore> old = repository.scores(entryId);
        repository.claim(entryId, form.version() == null ? -1 : form.version(), before.label() + "的自评");
        for (Indicator indicator : leaves(scheme)) {
            String code = indicator.code();
            BigDecimal value = values.get(code);
            String note = trim(notes.get(code));
            EntryScore was = old.get(code);
            if (was == null ? value != null || note != null
                    : !same(was.selfValue(), value) || !Objects.equals(was.selfNote(), note)) {
                repository.saveSelf(entryId, code, value, note, actor.username());
            }
        }
        recompute(campaign, scheme, List.of(entryId));
        if (submit) {
            ReviewItem item = review.item(before.itemId());
            review.act(item.id(), ReviewAction.SUBMIT, item.version(), null);
        }
        CampaignEntry after = repository.entry(entryId).orElseThrow();
        events.publishEvent(new Audited(submit ? "SUBMIT" : "UPDATE", ENTRY, entryId,
                campaign.name() + "：" + before.label() + "自评", before.orgId(), selfValues(old),
                selfValues(repository.scores(entryId))));
        return after;
    }

    /**
     * The township reviews one village while it waits at the township: the values it gives are scored; where one
     * differs from the village's own, the reason is required and kept with it.
     */
    public CampaignEntry saveReview(long entryId, ScoreForm form) {
        CampaignEntry before = entry(entryId);
        Actor actor = scope.requireActor();
        if (actor.role() != Role.TOWNSHIP_OFFICER && actor.role() != Role.COUNTY_OFFICER) {
            throw new AccessDeniedException("only officers review");
        }
        if (before.stage() != ReviewStage.SUBMITTED) {
            throw new RuleViolationException(before.label() + "当前为“" + before.stage().label() + "”，不能审核评分");
        }
        Campaign campaign = repository.find(before.campaignId()).orElseThrow();
        Scheme scheme = scheme(campaign);
        Map<String, BigDecimal> values = parse(scheme, form.values());
        ScoringEngine.evaluate(scheme, values);
        Map<String, EntryScore> old = repository.scores(entryId);
        String reason = trim(form.reason());
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            EntryScore was = old.get(e.getKey());
            if (was == null || !same(was.selfValue(), e.getValue())) {
                changed.add(e.getKey());
            }
        }
        if (!changed.isEmpty() && reason == null) {
            throw RuleViolationException.onField("reason", "调整了" + changed.size() + "项评分（"
                    + String.join("、", changed.stream().map(c -> scheme.indicator(c).map(Indicator::name).orElse(c)).toList())
                    + "），须写明调整理由");
        }
        repository.claim(entryId, form.version() == null ? -1 : form.version(), before.label() + "的评分");
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            EntryScore was = old.get(e.getKey());
            if (was == null || !same(was.reviewValue(), e.getValue()) || changed.contains(e.getKey())
                    && !Objects.equals(was.reviewReason(), reason)) {
                repository.saveReview(entryId, e.getKey(), e.getValue(), changed.contains(e.getKey()) ? reason : null,
                        actor.username());
            }
        }
        recompute(campaign, scheme, List.of(entryId));
        CampaignEntry after = repository.entry(entryId).orElseThrow();
        events.publishEvent(new Audited("REVIEW_SCORE", ENTRY, entryId, campaign.name() + "：" + before.label() + "审核评分",
                before.orgId(), reviewValues(old), reviewValues(repository.scores(entryId))));
        return after;
    }

    /** Returns one entry one desk back (township → village, county → township) with a reason. */
    public CampaignEntry returnEntry(long entryId, Long version, String reason) {
        CampaignEntry before = entry(entryId);
        if (version == null || version != before.version()) {
            throw new StaleEditException(before.label() + "的评分");
        }
        ReviewItem item = review.item(before.itemId());
        review.act(item.id(), ReviewAction.RETURN, item.version(), reason);
        repository.claim(entryId, before.version(), before.label());
        return repository.entry(entryId).orElseThrow();
    }

    /** The township passes all its villages to the county: every village submitted and fully scored. */
    public int passTownship(long campaignId, long townshipId) {
        return batch(campaignId, townshipId, ReviewAction.REVIEW, null, true);
    }

    /** The county approves the villages of one township (or all, when {@code townshipId} is null). */
    public int approve(long campaignId, Long townshipId) {
        return batch(campaignId, townshipId, ReviewAction.APPROVE, null, true);
    }

    /** The county puts every approved entry into 公示 for the process's number of days, from today. */
    public int publicize(long campaignId) {
        return batch(campaignId, null, ReviewAction.PUBLICIZE, null, false);
    }

    /** The county fixes the results of every entry whose 公示 ended without an open objection. */
    public int finalizeResults(long campaignId) {
        return batch(campaignId, null, ReviewAction.FINALIZE, null, false);
    }

    private int batch(long campaignId, Long townshipId, ReviewAction action, String reason, boolean needsScores) {
        Campaign campaign = campaign(campaignId);
        if (action != ReviewAction.REVIEW && !canRun(campaign)) {
            throw new AccessDeniedException("only the county that runs the campaign");
        }
        if (needsScores) {
            ReviewStage at = action == ReviewAction.REVIEW ? ReviewStage.SUBMITTED : ReviewStage.REVIEWED;
            List<String> unscored = repository.entries(campaignId, ScopedSql.of(scope.scope(ScopeKind.REGISTER), "e.org_id", null),
                            null).stream()
                    .filter(e -> townshipId == null || e.townshipId() == townshipId)
                    .filter(e -> e.stage() == at && (e.total() == null || e.missing() > 0))
                    .map(CampaignEntry::label).toList();
            if (!unscored.isEmpty()) {
                throw new RuleViolationException("以下" + unscored.size() + "个还有未评分的指标：" + String.join("、", unscored));
            }
        }
        List<ReviewItem> moved = review.actOnAll(campaign.processId(), townshipId, action, reason);
        repository.bumpByItems(moved.stream().map(ReviewItem::id).toList());
        return moved.size();
    }

    /** A recorded exception (破格): the grade an entry gets instead of the year-over-year cap, with the reason. */
    public CampaignEntry setException(long entryId, String grade, String reason, Long version) {
        CampaignEntry before = entry(entryId);
        Campaign campaign = repository.find(before.campaignId()).orElseThrow();
        if (!canRun(campaign)) {
            throw new AccessDeniedException("only the county that runs the campaign");
        }
        if (before.stage() == ReviewStage.FINAL || before.stage() == ReviewStage.PUBLICIZING) {
            throw new RuleViolationException(before.label() + "的结果已公示，不能再破格");
        }
        Scheme scheme = scheme(campaign);
        String wanted = trim(grade);
        if (wanted != null) {
            String problem = CampaignResults.exceptionProblem(scheme, before.computedGrade(), wanted);
            if (problem != null) {
                throw RuleViolationException.onField("grade", problem);
            }
            if (trim(reason) == null) {
                throw RuleViolationException.onField("reason", "破格须写明理由");
            }
        }
        repository.claim(entryId, version == null ? -1 : version, before.label());
        repository.setException(entryId, wanted, wanted == null ? null : trim(reason));
        recompute(campaign, scheme, List.of(entryId));
        CampaignEntry after = repository.entry(entryId).orElseThrow();
        events.publishEvent(new Audited("EXCEPTION", ENTRY, entryId, campaign.name() + "：" + before.label() + "破格",
                before.orgId(), Map.of("grade", String.valueOf(before.grade())), Map.of("grade", String.valueOf(after.grade()),
                "reason", String.valueOf(after.exceptionReason()))));
        return after;
    }

    // ---- results

    /** Recomputes every entry of a campaign from the scores entered; returns how many entries were computed. */
    public int recompute(long campaignId) {
        Campaign campaign = campaign(campaignId);
        if (!canRun(campaign)) {
            throw new AccessDeniedException("only the county that runs the campaign");
        }
        int n = recomputeAll(campaign);
        events.publishEvent(new Audited("RECOMPUTE", CAMPAIGN, campaignId, campaign.name(), campaign.ownerOrgId(), null,
                Map.of("entries", n)));
        return n;
    }

    /** The recompute itself, without a signed-in user (background jobs, the demo loader, benchmarks). */
    public int recomputeAll(Campaign campaign) {
        int n = recompute(campaign, scheme(campaign), null);
        repository.markComputed(campaign.id());
        return n;
    }

    /**
     * Scores entries from what was entered and writes their results: all of a campaign ({@code only} null), in chunks
     * of 1,000 so a province's campaign never holds all its scores at once, or the listed entries.
     */
    private int recompute(Campaign campaign, Scheme scheme, List<Long> only) {
        Map<Long, String> previous = new HashMap<>();
        repository.previous(campaign).forEach(c -> previous.putAll(repository.finalGrades(c)));
        List<CampaignRepository.EntryKey> keys = repository.entryKeys(campaign.id());
        // With places (名额) one entry's total moves the others' grades: the whole campaign is placed at once.
        List<CampaignRepository.Result> held = scheme.hasPlaces() ? new ArrayList<>() : null;
        if (only != null && held == null) {
            keys = keys.stream().filter(k -> only.contains(k.id())).toList();
        }
        int leaves = leaves(scheme).size();
        for (int from = 0; from < keys.size(); from += 1000) {
            List<CampaignRepository.EntryKey> chunk = keys.subList(from, Math.min(keys.size(), from + 1000));
            Map<Long, Map<String, EntryScore>> scores = repository.scoresOf(
                    chunk.stream().map(CampaignRepository.EntryKey::id).toList());
            List<CampaignRepository.Result> results = new ArrayList<>(chunk.size());
            for (CampaignRepository.EntryKey e : chunk) {
                Map<String, EntryScore> entered = scores.getOrDefault(e.id(), Map.of());
                String before = previous.get(e.subjectId());
                if (entered.isEmpty()) {
                    results.add(new CampaignRepository.Result(e.id(), null, null, null, null, null, null, null, false,
                            leaves, before, Map.of()));
                    continue;
                }
                ScoreSheet sheet = ScoringEngine.evaluate(scheme, inputs(entered));
                CampaignResults.Graded graded = CampaignResults.grade(scheme, sheet.grade(), before, campaign.maxRise(),
                        e.exceptionGrade(), e.exceptionReason());
                String note = graded.note() != null ? graded.note() : sheet.vetoes().isEmpty() ? null : sheet.gradeReason();
                results.add(new CampaignRepository.Result(e.id(), sheet.baseTotal(), sheet.bonus(), sheet.deductions(),
                        sheet.total(), sheet.grade(), graded.grade(), note, !sheet.vetoes().isEmpty(),
                        sheet.missing().size(), before, sheet.dimensions()));
            }
            if (held == null) {
                repository.writeResults(results);
            } else {
                held.addAll(results);
            }
        }
        if (held != null) {
            repository.writeResults(placed(scheme, held));
        }
        return keys.size();
    }

    private static List<CampaignRepository.Result> placed(Scheme scheme, List<CampaignRepository.Result> results) {
        Map<Long, Places.Placed> moved = Places.apply(scheme, results.stream()
                .map(r -> new Places.Candidate(r.entryId(), r.total(), r.grade())).toList());
        return results.stream().map(r -> {
            Places.Placed p = moved.get(r.entryId());
            return p == null ? r : new CampaignRepository.Result(r.entryId(), r.base(), r.bonus(), r.deductions(),
                    r.total(), r.computedGrade(), p.grade(), r.note() == null ? p.note() : r.note() + "；" + p.note(),
                    r.vetoed(), r.missing(), r.previousGrade(), r.dimensions());
        }).toList();
    }

    /** The public notice (公示) of a campaign by its code: names and grades only; no sign-in needed. */
    @Transactional(readOnly = true)
    public PublicNotice publicNotice(String code) {
        ReviewProcess process = review.publicProcess(code).filter(p -> KIND.equals(p.kind()))
                .orElseThrow(() -> NotFoundException.of("公示", code));
        Campaign campaign = repository.findByProcess(process.id()).orElseThrow(() -> NotFoundException.of("公示", code));
        return new PublicNotice(process, campaign.ownerName(), repository.publicRows(campaign.id()),
                campaign.subject().label());
    }

    // ---- evidence

    @Transactional(readOnly = true)
    public List<Evidence> evidence(long entryId) {
        entry(entryId);
        return repository.evidence(entryId);
    }

    /** Attaches a photo or document (jpg, png, pdf, Word, Excel; 10 MB at most) to an indicator while it is a draft. */
    public Evidence addEvidence(long entryId, String code, String fileName, String contentType, byte[] content) {
        CampaignEntry entry = entry(entryId);
        if (entry.stage() != ReviewStage.DRAFT) {
            throw new RuleViolationException("自评已提交，不能再上传佐证材料");
        }
        Campaign campaign = repository.find(entry.campaignId()).orElseThrow();
        Scheme scheme = scheme(campaign);
        List<FieldError> errors = new ArrayList<>();
        if (code == null || leaves(scheme).stream().noneMatch(i -> i.code().equals(code))) {
            errors.add(new FieldError("indicator", "请选择佐证材料对应的指标"));
        }
        String type = UploadTypes.check(fileName, content);
        if (type == null) {
            errors.add(new FieldError("file", "只能上传照片（jpg、png）或文档（pdf、doc、docx、xls、xlsx），不超过10MB"));
        }
        RuleViolationException.throwIfAny(errors);
        long id = repository.insertEvidence(entryId, code, UploadTypes.safeName(fileName), type, content,
                scope.requireActor().username());
        Evidence created = repository.evidenceFile(id).orElseThrow();
        events.publishEvent(Audited.created("CAMPAIGN_EVIDENCE", id, entry.label() + "：" + created.fileName(),
                entry.orgId(), created));
        return created;
    }

    @Transactional(readOnly = true)
    public Evidence evidenceFile(long evidenceId) {
        Evidence file = repository.evidenceFile(evidenceId).orElseThrow(() -> NotFoundException.of("佐证材料", evidenceId));
        entry(file.entryId());
        return file;
    }

    @Transactional(readOnly = true)
    public byte[] evidenceContent(long evidenceId) {
        evidenceFile(evidenceId);
        return repository.evidenceContent(evidenceId).orElseThrow();
    }

    public void deleteEvidence(long evidenceId) {
        Evidence file = evidenceFile(evidenceId);
        CampaignEntry entry = entry(file.entryId());
        if (entry.stage() != ReviewStage.DRAFT) {
            throw new RuleViolationException("自评已提交，不能再删除佐证材料");
        }
        repository.deleteEvidence(evidenceId);
        events.publishEvent(new Audited("DELETE", "CAMPAIGN_EVIDENCE", evidenceId,
                entry.label() + "：" + file.fileName(), entry.orgId(), file, null));
    }

    // ---- helpers

    /** Leaf indicators that take an input, in display order. */
    static List<Indicator> leaves(Scheme scheme) {
        return scheme.allIndicators().stream().filter(i -> i.method().takesInput()).toList();
    }

    static Map<String, BigDecimal> inputs(Map<String, EntryScore> scores) {
        Map<String, BigDecimal> inputs = new HashMap<>();
        scores.forEach((code, s) -> {
            if (s.value() != null) {
                inputs.put(code, s.value());
            }
        });
        return inputs;
    }

    /** Reads the typed values; blank means not entered; anything but a number is refused next to its indicator. */
    static Map<String, BigDecimal> parse(Scheme scheme, Map<String, String> raw) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Indicator indicator : leaves(scheme)) {
            String text = raw.get(indicator.code());
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                values.put(indicator.code(), new BigDecimal(text.strip()));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(indicator.code(), indicator.name() + "：请填写数字"));
            }
        }
        RuleViolationException.throwIfAny("有" + errors.size() + "项指标的填报不是数字", errors);
        return values;
    }

    private static void requireComplete(Scheme scheme, Map<String, BigDecimal> values, String who) {
        List<FieldError> errors = leaves(scheme).stream().filter(i -> !values.containsKey(i.code()))
                .map(i -> new FieldError(i.code(), i.name() + "：提交前须填写")).toList();
        RuleViolationException.throwIfAny(who + "还有" + errors.size() + "项指标未填写，不能提交", errors);
    }

    private static Map<String, Object> selfValues(Map<String, EntryScore> scores) {
        Map<String, Object> values = new LinkedHashMap<>();
        scores.forEach((code, s) -> values.put(code, s.selfValue() == null ? "" : s.selfValue().toPlainString()
                + (s.selfNote() == null ? "" : "（" + s.selfNote() + "）")));
        return values;
    }

    private static Map<String, Object> reviewValues(Map<String, EntryScore> scores) {
        Map<String, Object> values = new LinkedHashMap<>();
        scores.forEach((code, s) -> values.put(code, s.reviewValue() == null ? "" : s.reviewValue().toPlainString()
                + (s.reviewReason() == null ? "" : "（" + s.reviewReason() + "）")));
        return values;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
