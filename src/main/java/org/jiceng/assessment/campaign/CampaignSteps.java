package org.jiceng.assessment.campaign;

import org.jiceng.shared.Text;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.ScopedSql;
import org.jiceng.review.ReviewAction;
import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's steps through the review chain: an entry returned one desk back, a township's villages passed to the
 * county, the county's approval, 公示 and final results (each only for entries fully scored where scores are
 * needed), and a recorded exception (破格) before the 公示.
 */
@Service
@Transactional
class CampaignSteps {

    private final CampaignRepository repository;
    private final ScoreRepository scores;
    private final CampaignLookup lookup;
    private final CampaignRecompute results;
    private final ReviewService review;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final EntrySheets sheets;

    CampaignSteps(CampaignRepository repository, ScoreRepository scores, CampaignLookup lookup,
                  CampaignRecompute results, ReviewService review, DataScope scope, ApplicationEventPublisher events,
                  EntrySheets sheets) {
        this.sheets = sheets;
        this.repository = repository;
        this.scores = scores;
        this.lookup = lookup;
        this.results = results;
        this.review = review;
        this.scope = scope;
        this.events = events;
    }

    /** Returns one entry one desk back (township → village, county → township) with a reason. */
    CampaignEntry returnEntry(long entryId, Long version, String reason) {
        EntrySheet sheet = sheets.load(entryId);
        sheet.requireVersion(version, "的评分");
        CampaignEntry before = sheet.entry();
        ReviewItem item = review.item(before.itemId());
        repository.claim(entryId, before.version(), before.label());
        review.act(item.id(), ReviewAction.RETURN, item.version(), reason);
        return repository.entry(entryId).orElseThrow();
    }

    /** Moves the entries of a campaign (of one township, or all) one step; returns how many moved. */
    int batch(long campaignId, Long townshipId, ReviewAction action, String reason, boolean needsScores) {
        Campaign campaign = lookup.campaign(campaignId);
        if (action != ReviewAction.REVIEW && !lookup.canRun(campaign)) {
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
        return review.actOnAll(campaign.processId(), townshipId, action, reason).size();
    }

    /** A recorded exception (破格): the grade an entry gets instead of the year-over-year cap, with the reason. */
    CampaignEntry setException(long entryId, String grade, String reason, Long version) {
        EntrySheet sheet = sheets.load(entryId);
        CampaignEntry before = sheet.entry();
        Campaign campaign = sheet.campaign();
        String wanted = sheet.exception(lookup.canRun(campaign), grade, reason);
        String why = wanted == null ? null : Text.clean(reason);
        repository.claim(entryId, version == null ? -1 : version, before.label());
        scores.setException(entryId, wanted, why);
        results.recompute(sheet, sheet.scores(), wanted, why);
        CampaignEntry after = repository.entry(entryId).orElseThrow();
        events.publishEvent(new Audited("EXCEPTION", CampaignService.ENTRY, entryId, campaign.name() + "："
                + before.label() + "破格", before.orgId(), Map.of("grade", String.valueOf(before.grade())),
                Map.of("grade", String.valueOf(after.grade()), "reason", String.valueOf(after.exceptionReason()))));
        return after;
    }
}
