package org.jiceng.assessment.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.engine.Places;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.ScoreSheet;
import org.jiceng.assessment.engine.ScoringEngine;
import org.jiceng.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's results: each entry scored by the engine from what was entered, graded under the year-over-year rule
 * and a recorded 破格 ({@link CampaignResults}), then placed where the scheme caps a grade by places (名额).
 */
@Service
@Transactional
class CampaignRecompute {

    private final CampaignRepository repository;
    private final ScoreRepository scores;
    private final CampaignLookup lookup;
    private final ApplicationEventPublisher events;

    CampaignRecompute(CampaignRepository repository, ScoreRepository scores, CampaignLookup lookup,
                      ApplicationEventPublisher events) {
        this.repository = repository;
        this.scores = scores;
        this.lookup = lookup;
        this.events = events;
    }

    /** Recomputes every entry of a campaign from the scores entered; returns how many entries were computed. */
    int recompute(long campaignId) {
        Campaign campaign = lookup.campaign(campaignId);
        if (!lookup.canRun(campaign)) {
            throw new AccessDeniedException("only the county that runs the campaign");
        }
        int n = recomputeAll(campaign);
        events.publishEvent(new Audited("RECOMPUTE", CampaignService.CAMPAIGN, campaignId, campaign.name(),
                campaign.ownerOrgId(), null, Map.of("entries", n)));
        return n;
    }

    /** The recompute itself, without a signed-in user (background jobs, the demo loader, benchmarks). */
    int recomputeAll(Campaign campaign) {
        int n = recompute(campaign, lookup.scheme(campaign), null);
        scores.markComputed(campaign.id());
        return n;
    }

    /**
     * Scores entries from what was entered and writes their results: all of a campaign ({@code only} null), in chunks
     * of 1,000 so a province's campaign never holds all its scores at once, or the listed entries.
     */
    int recompute(Campaign campaign, Scheme scheme, List<Long> only) {
        Map<Long, String> previous = new HashMap<>();
        repository.previous(campaign).forEach(c -> previous.putAll(repository.finalGrades(c)));
        List<ScoreRepository.EntryKey> keys = scores.entryKeys(campaign.id());
        // With places (名额) one entry's total moves the others' grades: the whole campaign is placed at once.
        List<ScoreRepository.Result> held = scheme.hasPlaces() ? new ArrayList<>() : null;
        if (only != null && held == null) {
            keys = keys.stream().filter(k -> only.contains(k.id())).toList();
        }
        int leaves = ScoreInputs.leaves(scheme).size();
        for (int from = 0; from < keys.size(); from += 1000) {
            List<ScoreRepository.EntryKey> chunk = keys.subList(from, Math.min(keys.size(), from + 1000));
            Map<Long, Map<String, EntryScore>> entered = scores.scoresOf(
                    chunk.stream().map(ScoreRepository.EntryKey::id).toList());
            List<ScoreRepository.Result> results = new ArrayList<>(chunk.size());
            for (ScoreRepository.EntryKey e : chunk) {
                results.add(result(campaign, scheme, e, entered.getOrDefault(e.id(), Map.of()),
                        previous.get(e.subjectId()), leaves));
            }
            if (held == null) {
                scores.writeResults(results);
            } else {
                held.addAll(results);
            }
        }
        if (held != null) {
            scores.writeResults(placed(scheme, held));
        }
        return keys.size();
    }

    /**
     * Recomputes one entry a desk has just saved, from the scores in hand and the exception it now has (名额 place the
     * whole campaign at once, so with places every entry is recomputed).
     */
    void recompute(EntrySheet sheet, Map<String, EntryScore> entered, String exceptionGrade, String exceptionReason) {
        Scheme scheme = sheet.scheme();
        if (scheme.hasPlaces()) {
            recompute(sheet.campaign(), scheme, List.of(sheet.entry().id()));
            return;
        }
        ScoreRepository.EntryKey key = new ScoreRepository.EntryKey(sheet.entry().id(), sheet.subjectId(),
                exceptionGrade, exceptionReason);
        String before = repository.previousGrade(sheet.campaign(), sheet.subjectId()).orElse(null);
        scores.writeResults(List.of(result(sheet.campaign(), scheme, key, entered, before,
                ScoreInputs.leaves(scheme).size())));
    }

    private static ScoreRepository.Result result(Campaign campaign, Scheme scheme, ScoreRepository.EntryKey e,
                                                 Map<String, EntryScore> entered, String before, int leaves) {
        if (entered.isEmpty()) {
            return new ScoreRepository.Result(e.id(), null, null, null, null, null, null, null, false, leaves, before,
                    Map.of());
        }
        ScoreSheet sheet = ScoringEngine.evaluate(scheme, ScoreInputs.inputs(entered));
        CampaignResults.Graded graded = CampaignResults.grade(scheme, sheet.grade(), before, campaign.maxRise(),
                e.exceptionGrade(), e.exceptionReason());
        String note = graded.note() != null ? graded.note() : sheet.vetoes().isEmpty() ? null : sheet.gradeReason();
        return new ScoreRepository.Result(e.id(), sheet.baseTotal(), sheet.bonus(), sheet.deductions(),
                sheet.total(), sheet.grade(), graded.grade(), note, !sheet.vetoes().isEmpty(),
                sheet.missing().size(), before, sheet.dimensions());
    }

    private static List<ScoreRepository.Result> placed(Scheme scheme, List<ScoreRepository.Result> results) {
        Map<Long, Places.Placed> moved = Places.apply(scheme, results.stream()
                .map(r -> new Places.Candidate(r.entryId(), r.total(), r.grade())).toList());
        return results.stream().map(r -> {
            Places.Placed p = moved.get(r.entryId());
            return p == null ? r : new ScoreRepository.Result(r.entryId(), r.base(), r.bonus(), r.deductions(),
                    r.total(), r.computedGrade(), p.grade(), r.note() == null ? p.note() : r.note() + "；" + p.note(),
                    r.vetoed(), r.missing(), r.previousGrade(), r.dimensions());
        }).toList();
    }
}
