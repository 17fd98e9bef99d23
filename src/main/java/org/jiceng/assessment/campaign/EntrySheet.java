package org.jiceng.assessment.campaign;

import org.jiceng.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.ScoringEngine;
import org.jiceng.assessment.scheme.StoredScheme;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.security.access.AccessDeniedException;

import static org.jiceng.assessment.campaign.ScoreInputs.same;

/**
 * One campaign entry as the desks work on it, loaded once ({@link EntrySheets}): the entry with its stage and version,
 * its campaign, the campaign's scheme and the scores entered so far. Its methods hold each desk's rules — the branch's
 * self-assessment, the township's review score, a return, a 破格 — and answer what is to be written; they touch no
 * database (unit-tested in {@code EntrySheetTests}). The entry's version is the one version a form carries: every
 * write and every step of the review chain moves it ({@link EntryVersions}).
 */
record EntrySheet(CampaignEntry entry, Campaign campaign, StoredScheme stored, Map<String, EntryScore> scores) {

    Scheme scheme() {
        return stored.scheme();
    }

    /** Who the entry judges for last year's grade: the cadre, else the org. */
    long subjectId() {
        return entry.cadre() == null ? entry.orgId() : entry.cadre().personId();
    }

    /** The form was opened at the entry's current version; a stale form is a conflict (409). */
    void requireVersion(Long version, String what) {
        if (version == null || version != entry.version()) {
            throw new StaleEditException(entry.label() + what);
        }
    }

    /**
     * The branch saves its self-assessment while the entry is a draft: values and notes per indicator, where an
     * indicator bound to a metric takes the modules' figure ({@code data}, named by {@code metricNames}) over what was
     * typed; every value within its indicator's range; with {@code submit} none left empty. Answers the scores after
     * the save, of which {@code changed} are the indicators to write.
     */
    Saved saveSelf(Role role, ScoreForm form, Map<String, BigDecimal> data, Map<String, String> metricNames,
                   boolean submit, String by, LocalDateTime at) {
        if (!role.keepsRegister()) {
            throw new AccessDeniedException("members do not fill assessments");
        }
        if (entry.stage() != ReviewStage.DRAFT) {
            throw new RuleViolationException(entry.label() + "的自评已提交（" + entry.stage().label() + "），不能再修改");
        }
        Map<String, BigDecimal> values = ScoreInputs.parse(scheme(), form.values());
        Map<String, String> notes = new HashMap<>(form.notes());
        data.forEach((code, value) -> {
            values.put(code, value);
            notes.put(code, "取自：" + metricNames.get(code));
        });
        ScoringEngine.evaluate(scheme(), values);
        if (submit) {
            ScoreInputs.requireComplete(scheme(), values, entry.label());
        }
        Map<String, EntryScore> after = new LinkedHashMap<>(scores);
        List<String> changed = new ArrayList<>();
        for (Indicator indicator : ScoreInputs.leaves(scheme())) {
            String code = indicator.code();
            BigDecimal value = values.get(code);
            String note = Text.clean(notes.get(code));
            EntryScore was = scores.get(code);
            if (was == null ? value != null || note != null
                    : !same(was.selfValue(), value) || !Objects.equals(was.selfNote(), note)) {
                changed.add(code);
                after.put(code, was == null ? new EntryScore(code, value, note, by, at, null, null, null, null)
                        : new EntryScore(code, value, note, by, at, was.reviewValue(), was.reviewReason(),
                        was.reviewBy(), was.reviewAt()));
            }
        }
        return new Saved(after, changed);
    }

    /**
     * The township (or the county) scores the entry while it waits at the township's desk; where a value differs
     * from the branch's own, a reason is required and kept with it.
     */
    Saved review(Role role, ScoreForm form, String by, LocalDateTime at) {
        if (role != Role.TOWNSHIP_OFFICER && role != Role.COUNTY_OFFICER) {
            throw new AccessDeniedException("only officers review");
        }
        if (entry.stage() != ReviewStage.SUBMITTED) {
            throw new RuleViolationException(entry.label() + "当前为“" + entry.stage().label() + "”，不能审核评分");
        }
        Map<String, BigDecimal> values = ScoreInputs.parse(scheme(), form.values());
        ScoringEngine.evaluate(scheme(), values);
        String reason = Text.clean(form.reason());
        List<String> differ = new ArrayList<>();
        values.forEach((code, value) -> {
            EntryScore was = scores.get(code);
            if (was == null || !same(was.selfValue(), value)) {
                differ.add(code);
            }
        });
        if (!differ.isEmpty() && reason == null) {
            throw RuleViolationException.onField("reason", "调整了" + differ.size() + "项评分（" + String.join("、",
                    differ.stream().map(c -> scheme().indicator(c).map(Indicator::name).orElse(c)).toList())
                    + "），须写明调整理由");
        }
        Map<String, EntryScore> after = new LinkedHashMap<>(scores);
        List<String> changed = new ArrayList<>();
        values.forEach((code, value) -> {
            EntryScore was = scores.get(code);
            String why = differ.contains(code) ? reason : null;
            if (was == null || !same(was.reviewValue(), value) || why != null && !Objects.equals(was.reviewReason(), why)) {
                changed.add(code);
                after.put(code, was == null ? new EntryScore(code, null, null, null, null, value, why, by, at)
                        : new EntryScore(code, was.selfValue(), was.selfNote(), was.selfBy(), was.selfAt(), value,
                        why, by, at));
            }
        });
        return new Saved(after, changed);
    }

    /**
     * A recorded exception (破格) the county that runs the campaign gives before 公示: a grade of the scheme no higher
     * than the computed one, with a reason; a blank grade clears it. Answers the grade to record (null: none).
     */
    String exception(boolean runsCampaign, String grade, String reason) {
        if (!runsCampaign) {
            throw new AccessDeniedException("only the county that runs the campaign");
        }
        if (entry.stage() == ReviewStage.FINAL || entry.stage() == ReviewStage.PUBLICIZING) {
            throw new RuleViolationException(entry.label() + "的结果已公示，不能再破格");
        }
        String wanted = Text.clean(grade);
        if (wanted != null) {
            String problem = CampaignResults.exceptionProblem(scheme(), entry.computedGrade(), wanted);
            if (problem != null) {
                throw RuleViolationException.onField("grade", problem);
            }
            if (Text.clean(reason) == null) {
                throw RuleViolationException.onField("reason", "破格须写明理由");
            }
        }
        return wanted;
    }

    /** The scores after a save and the indicators whose row changed. */
    record Saved(Map<String, EntryScore> scores, List<String> changed) {

        List<EntryScore> rows() {
            return changed.stream().map(scores::get).toList();
        }
    }
}
