package org.jiceng.assessment.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jiceng.assessment.Metrics;
import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.ScoringEngine;
import org.jiceng.assessment.scheme.StoredScheme;
import org.jiceng.review.ReviewAction;
import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.metrics.MetricDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.jiceng.assessment.campaign.ScoreInputs.same;
import static org.jiceng.assessment.campaign.ScoreInputs.trim;

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

    EntryScoring(CampaignRepository repository, ScoreRepository scores, CampaignLookup lookup,
                 CampaignRecompute results, ReviewService review, DataScope scope, Metrics metrics,
                 ApplicationEventPublisher events) {
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
        StoredScheme stored = lookup.storedScheme(campaign);
        Map<String, String> names = new LinkedHashMap<>();
        stored.metrics().forEach((code, metric) -> names.put(code, metrics.find(metric)
                .map(MetricDefinition::name).orElse(metric)));
        return names;
    }

    /**
     * The branch saves its self-assessment (values and notes per indicator) while it is a draft; with
     * {@code submit} every indicator must have a value and the entry goes to the township.
     */
    CampaignEntry saveSelf(long entryId, ScoreForm form, boolean submit) {
        CampaignEntry before = lookup.entry(entryId);
        Actor actor = scope.requireActor();
        if (!actor.role().keepsRegister()) {
            throw new AccessDeniedException("members do not fill assessments");
        }
        if (before.stage() != ReviewStage.DRAFT) {
            throw new RuleViolationException(before.label() + "的自评已提交（" + before.stage().label() + "），不能再修改");
        }
        Campaign campaign = lookup.campaignOf(before);
        Scheme scheme = lookup.scheme(campaign);
        Map<String, BigDecimal> values = ScoreInputs.parse(scheme, form.values());
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
            ScoreInputs.requireComplete(scheme, values, before.label());
        }
        Map<String, EntryScore> old = scores.scores(entryId);
        repository.claim(entryId, form.version() == null ? -1 : form.version(), before.label() + "的自评");
        for (Indicator indicator : ScoreInputs.leaves(scheme)) {
            String code = indicator.code();
            BigDecimal value = values.get(code);
            String note = trim(notes.get(code));
            EntryScore was = old.get(code);
            if (was == null ? value != null || note != null
                    : !same(was.selfValue(), value) || !Objects.equals(was.selfNote(), note)) {
                scores.saveSelf(entryId, code, value, note, actor.username());
            }
        }
        results.recompute(campaign, scheme, List.of(entryId));
        if (submit) {
            ReviewItem item = review.item(before.itemId());
            review.act(item.id(), ReviewAction.SUBMIT, item.version(), null);
        }
        CampaignEntry after = repository.entry(entryId).orElseThrow();
        events.publishEvent(new Audited(submit ? "SUBMIT" : "UPDATE", CampaignService.ENTRY, entryId,
                campaign.name() + "：" + before.label() + "自评", before.orgId(), selfValues(old),
                selfValues(scores.scores(entryId))));
        return after;
    }

    /**
     * The township reviews one village while it waits at the township: the values it gives are scored; where one
     * differs from the village's own, the reason is required and kept with it.
     */
    CampaignEntry saveReview(long entryId, ScoreForm form) {
        CampaignEntry before = lookup.entry(entryId);
        Actor actor = scope.requireActor();
        if (actor.role() != Role.TOWNSHIP_OFFICER && actor.role() != Role.COUNTY_OFFICER) {
            throw new AccessDeniedException("only officers review");
        }
        if (before.stage() != ReviewStage.SUBMITTED) {
            throw new RuleViolationException(before.label() + "当前为“" + before.stage().label() + "”，不能审核评分");
        }
        Campaign campaign = lookup.campaignOf(before);
        Scheme scheme = lookup.scheme(campaign);
        Map<String, BigDecimal> values = ScoreInputs.parse(scheme, form.values());
        ScoringEngine.evaluate(scheme, values);
        Map<String, EntryScore> old = scores.scores(entryId);
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
                scores.saveReview(entryId, e.getKey(), e.getValue(), changed.contains(e.getKey()) ? reason : null,
                        actor.username());
            }
        }
        results.recompute(campaign, scheme, List.of(entryId));
        CampaignEntry after = repository.entry(entryId).orElseThrow();
        events.publishEvent(new Audited("REVIEW_SCORE", CampaignService.ENTRY, entryId, campaign.name() + "："
                + before.label() + "审核评分", before.orgId(), reviewValues(old), reviewValues(scores.scores(entryId))));
        return after;
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
