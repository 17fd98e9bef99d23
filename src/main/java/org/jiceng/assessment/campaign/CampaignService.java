package org.jiceng.assessment.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.ScoreSheet;
import org.jiceng.assessment.engine.ScoringEngine;
import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.assessment.scheme.SchemeChoice;
import org.jiceng.assessment.scheme.SchemeStatus;
import org.jiceng.assessment.scheme.StoredScheme;
import org.jiceng.organization.ScopedSql;
import org.jiceng.review.NewItem;
import org.jiceng.review.NewProcess;
import org.jiceng.review.ReviewAction;
import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewProcess;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewTransition;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.ScopeKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns (考核评定活动): the county opens one over its village branches (or townships, or village cadres: see
 * {@link CampaignSubjects}) with a published scheme; each branch fills its self-assessment (a cadre's is filled at
 * the cadre's village); the township reviews its villages (a changed score needs a reason) and passes them on; the
 * county approves, publishes the 公示 and fixes the results. The review chain ({@link ReviewService}) holds each
 * entry's stage. This service is what pages, the API and other modules call: it opens campaigns and reads them and
 * their entries in scope, and hands the scores entered to {@link EntryScoring}, the steps through the review chain to
 * {@link CampaignSteps}, the results to {@link CampaignRecompute} (evidence files are {@link CampaignEvidence}'s).
 */
@Service
@Transactional
public class CampaignService {

    static final String CAMPAIGN = "ASSESSMENT_CAMPAIGN";
    static final String ENTRY = "CAMPAIGN_ENTRY";
    static final String KIND = "CAMPAIGN";

    private final CampaignRepository repository;
    private final ScoreRepository scores;
    private final CampaignLookup lookup;
    private final ReviewService review;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final CampaignSubjects subjects;
    private final EntryScoring scoring;
    private final CampaignSteps steps;
    private final CampaignRecompute results;

    CampaignService(CampaignRepository repository, ScoreRepository scores, CampaignLookup lookup, ReviewService review,
                    DataScope scope, ApplicationEventPublisher events, CampaignSubjects subjects, EntryScoring scoring,
                    CampaignSteps steps, CampaignRecompute results) {
        this.repository = repository;
        this.scores = scores;
        this.lookup = lookup;
        this.review = review;
        this.scope = scope;
        this.events = events;
        this.subjects = subjects;
        this.scoring = scoring;
        this.steps = steps;
        this.results = results;
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
        return lookup.campaign(campaignId);
    }

    @Transactional(readOnly = true)
    public boolean canRun(Campaign campaign) {
        return lookup.canRun(campaign);
    }

    @Transactional(readOnly = true)
    public Scheme scheme(Campaign campaign) {
        return lookup.scheme(campaign);
    }

    /** The values the entry's metric-bound indicators take from the modules' data (see {@link EntryScoring}). */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> dataInputs(CampaignEntry entry) {
        return scoring.dataInputs(entry);
    }

    /** The metric each bound indicator of the campaign's scheme takes its value from: indicator code → metric name. */
    @Transactional(readOnly = true)
    public Map<String, String> boundMetrics(Campaign campaign) {
        return scoring.boundMetrics(campaign);
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
        StoredScheme scheme = form.schemeId() == null ? null : lookup.storedSchemeOf(form.schemeId())
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
        if (!lookup.canWrite(actor.orgId())) {
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
        return lookup.entry(entryId);
    }

    /** The entry ranked among all entries of its campaign (its ranks in township and county, its movement). */
    @Transactional(readOnly = true)
    public CampaignEntry ranked(CampaignEntry entry) {
        Campaign campaign = lookup.campaignOf(entry);
        List<CampaignEntry> all = repository.entries(campaign.id(), ScopedSql.unscoped(), null);
        return CampaignResults.ranked(scheme(campaign), all).stream().filter(e -> e.id() == entry.id())
                .findFirst().orElse(entry);
    }

    /** The scores of the listed entries (already read in scope), by entry: for the township's grid. */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, EntryScore>> scoresOf(List<CampaignEntry> entries) {
        return scores.scoresOf(entries.stream().map(CampaignEntry::id).toList());
    }

    @Transactional(readOnly = true)
    public Map<String, EntryScore> scores(long entryId) {
        entry(entryId);
        return scores.scores(entryId);
    }

    /** The entry's score sheet: every indicator, its input, the rule and the points, as the engine computes them. */
    @Transactional(readOnly = true)
    public ScoreSheet sheet(CampaignEntry entry) {
        return ScoringEngine.evaluate(scheme(lookup.campaignOf(entry)), ScoreInputs.inputs(scores.scores(entry.id())));
    }

    @Transactional(readOnly = true)
    public List<ReviewTransition> history(CampaignEntry entry) {
        return review.history(entry.itemId());
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

    // ---- handed on: scores at each desk, steps through the review chain, results

    /** The branch's self-assessment while a draft; with {@code submit} complete and sent to the township. */
    public CampaignEntry saveSelf(long entryId, ScoreForm form, boolean submit) {
        return scoring.saveSelf(entryId, form, submit);
    }

    /** The township's review score of one village waiting at the township; a changed score needs a reason. */
    public CampaignEntry saveReview(long entryId, ScoreForm form) {
        return scoring.saveReview(entryId, form);
    }

    /** Returns one entry one desk back (township → village, county → township) with a reason. */
    public CampaignEntry returnEntry(long entryId, Long version, String reason) {
        return steps.returnEntry(entryId, version, reason);
    }

    /** The township passes all its villages to the county: every village submitted and fully scored. */
    public int passTownship(long campaignId, long townshipId) {
        return steps.batch(campaignId, townshipId, ReviewAction.REVIEW, null, true);
    }

    /** The county approves the villages of one township (or all, when {@code townshipId} is null). */
    public int approve(long campaignId, Long townshipId) {
        return steps.batch(campaignId, townshipId, ReviewAction.APPROVE, null, true);
    }

    /** The county puts every approved entry into 公示 for the process's number of days, from today. */
    public int publicize(long campaignId) {
        return steps.batch(campaignId, null, ReviewAction.PUBLICIZE, null, false);
    }

    /** The county fixes the results of every entry whose 公示 ended without an open objection. */
    public int finalizeResults(long campaignId) {
        return steps.batch(campaignId, null, ReviewAction.FINALIZE, null, false);
    }

    /** A recorded exception (破格): the grade an entry gets instead of the year-over-year cap, with the reason. */
    public CampaignEntry setException(long entryId, String grade, String reason, Long version) {
        return steps.setException(entryId, grade, reason, version);
    }

    /** Recomputes every entry of a campaign from the scores entered; returns how many entries were computed. */
    public int recompute(long campaignId) {
        return results.recompute(campaignId);
    }

    /** The recompute itself, without a signed-in user (background jobs, the demo loader, benchmarks). */
    public int recomputeAll(Campaign campaign) {
        return results.recomputeAll(campaign);
    }
}
