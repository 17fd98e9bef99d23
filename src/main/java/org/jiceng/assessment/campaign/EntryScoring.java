package org.jiceng.assessment.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jiceng.assessment.Metrics;
import org.jiceng.assessment.scheme.StoredScheme;
import org.jiceng.review.ReviewAction;
import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewService;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.metrics.MetricDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores entered at each desk: the branch's self-assessment while it is a draft (indicators bound to a metric take
 * the modules' figures), and the township's review score while the entry waits there (a changed score needs a reason).
 * Each save recomputes the entry's result.
 */
@Service
@Transactional
class EntryScoring {

    private final CampaignRepository repository;
    private final ScoreRepository scores;
    private final CampaignLookup lookup;
    private final CampaignRecompute results;
    private final ReviewService review;
    private final DataScope scope;
    private final Metrics metrics;
    private final ApplicationEventPublisher events;
    private final EntrySheets sheets;
    private final Clock clock;

    EntryScoring(CampaignRepository repository, ScoreRepository scores, CampaignLookup lookup,
                 CampaignRecompute results, ReviewService review, DataScope scope, Metrics metrics,
                 ApplicationEventPublisher events, EntrySheets sheets, Clock clock) {
        this.sheets = sheets;
        this.clock = clock;
        this.repository = repository;
        this.scores = scores;
        this.lookup = lookup;
        this.results = results;
        this.review = review;
        this.scope = scope;
        this.metrics = metrics;
        this.events = events;
    }

    /**
     * The values the entry's metric-bound indicators take from the modules' data for the campaign's year (indicator
     * code → value); an indicator whose metric has no figure for the org is left out and is typed by hand.
     */
    @Transactional(readOnly = true)
    Map<String, BigDecimal> dataInputs(CampaignEntry entry) {
        Campaign campaign = lookup.campaignOf(entry);
        StoredScheme stored = lookup.storedScheme(campaign);
        return stored.metrics().isEmpty() ? Map.of() : metrics.metricInputs(stored, campaign.year(), entry.orgId());
    }

    /** The metric each bound indicator of the campaign's scheme takes its value from: indicator code → metric name. */
    @Transactional(readOnly = true)
    Map<String, String> boundMetrics(Campaign campaign) {
        return metricNames(lookup.storedScheme(campaign));
    }

    /**
     * The branch saves its self-assessment (values and notes per indicator) while it is a draft; with
     * {@code submit} every indicator must have a value and the entry goes to the township. The rules are the
     * {@link EntrySheet}'s; here the sheet is loaded once and what it answers is written.
     */
    CampaignEntry saveSelf(long entryId, ScoreForm form, boolean submit) {
        EntrySheet sheet = sheets.load(entryId);
        Actor actor = scope.requireActor();
        StoredScheme stored = sheet.stored();
        Map<String, BigDecimal> data = stored.metrics().isEmpty() ? Map.of()
                : metrics.metricInputs(stored, sheet.campaign().year(), sheet.entry().orgId());
        Map<String, String> names = data.isEmpty() ? Map.of() : metricNames(stored);
        EntrySheet.Saved saved = sheet.saveSelf(actor.role(), form, data, names, submit, actor.username(),
                LocalDateTime.now(clock));
        write(sheet, form.version(), "的自评", saved, true);
        results.recompute(sheet, saved.scores(), sheet.entry().exceptionGrade(), sheet.entry().exceptionReason());
        if (submit) {
            ReviewItem item = review.item(sheet.entry().itemId());
            review.act(item.id(), ReviewAction.SUBMIT, item.version(), null);
        }
        CampaignEntry after = repository.entry(entryId).orElseThrow();
        events.publishEvent(new Audited(submit ? "SUBMIT" : "UPDATE", CampaignService.ENTRY, entryId,
                sheet.campaign().name() + "：" + sheet.entry().label() + "自评", sheet.entry().orgId(),
                selfValues(sheet.scores()), selfValues(saved.scores())));
        return after;
    }

    /**
     * The township reviews one village while it waits at the township: the values it gives are scored; where one
     * differs from the village's own, the reason is required and kept with it.
     */
    CampaignEntry saveReview(long entryId, ScoreForm form) {
        EntrySheet sheet = sheets.load(entryId);
        Actor actor = scope.requireActor();
        EntrySheet.Saved saved = sheet.review(actor.role(), form, actor.username(), LocalDateTime.now(clock));
        write(sheet, form.version(), "的评分", saved, false);
        results.recompute(sheet, saved.scores(), sheet.entry().exceptionGrade(), sheet.entry().exceptionReason());
        CampaignEntry after = repository.entry(entryId).orElseThrow();
        events.publishEvent(new Audited("REVIEW_SCORE", CampaignService.ENTRY, entryId, sheet.campaign().name() + "："
                + sheet.entry().label() + "审核评分", sheet.entry().orgId(), reviewValues(sheet.scores()),
                reviewValues(saved.scores())));
        return after;
    }

    /** Claims the entry at the version the form was opened at (409 if it moved) and writes the changed rows. */
    private void write(EntrySheet sheet, Long version, String what, EntrySheet.Saved saved, boolean self) {
        repository.claim(sheet.entry().id(), version == null ? -1 : version, sheet.entry().label() + what);
        scores.save(sheet.entry().id(), saved.rows(), sheet.scores().keySet(), self);
    }

    private Map<String, String> metricNames(StoredScheme stored) {
        Map<String, String> names = new LinkedHashMap<>();
        stored.metrics().forEach((code, metric) -> names.put(code, metrics.find(metric)
                .map(MetricDefinition::name).orElse(metric)));
        return names;
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
}
