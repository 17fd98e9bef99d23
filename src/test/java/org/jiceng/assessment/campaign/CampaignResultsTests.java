package org.jiceng.assessment.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.engine.GradeBand;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.review.ReviewStage;
import org.junit.jupiter.api.Test;

class CampaignResultsTests {

    static final Scheme FOUR_CLASSES = new Scheme("升级晋档", 2010, SubjectKind.VILLAGE_BRANCH, new BigDecimal("1000"),
            BigDecimal.ZERO, List.of(), List.of(
                    new GradeBand("一类", new BigDecimal("850"), new BigDecimal("1000"), null, null),
                    new GradeBand("二类", new BigDecimal("700"), new BigDecimal("850"), null, null),
                    new GradeBand("三类", new BigDecimal("550"), new BigDecimal("700"), null, null),
                    new GradeBand("四类", BigDecimal.ZERO, new BigDecimal("550"), null, null)));

    @Test
    void aGradeRisesAtMostTheAllowedLevelsOverLastYear() {
        CampaignResults.Graded held = CampaignResults.grade(FOUR_CLASSES, "一类", "四类", 1, null, null);
        assertThat(held.grade()).isEqualTo("三类");
        assertThat(held.note()).isEqualTo("得分可评一类，上年为四类，每年最多升1级");
        assertThat(CampaignResults.grade(FOUR_CLASSES, "一类", "四类", 2, null, null).grade()).isEqualTo("二类");
        assertThat(CampaignResults.grade(FOUR_CLASSES, "二类", "三类", 1, null, null).grade()).isEqualTo("二类");
        assertThat(CampaignResults.grade(FOUR_CLASSES, "四类", "一类", 1, null, null).grade()).isEqualTo("四类");
        assertThat(CampaignResults.grade(FOUR_CLASSES, "一类", null, 1, null, null).grade()).isEqualTo("一类");
    }

    @Test
    void anExceptionReplacesTheCapButNeverBeatsTheScore() {
        CampaignResults.Graded graded = CampaignResults.grade(FOUR_CLASSES, "一类", "四类", 1, "一类", "县委研究同意");
        assertThat(graded.grade()).isEqualTo("一类");
        assertThat(graded.note()).isEqualTo("破格：县委研究同意");
        assertThat(CampaignResults.exceptionProblem(FOUR_CLASSES, "二类", "一类")).isEqualTo("破格等次不能高于得分评定的等次（二类）");
        assertThat(CampaignResults.exceptionProblem(FOUR_CLASSES, null, "三类")).contains("一票否决");
        assertThat(CampaignResults.exceptionProblem(FOUR_CLASSES, "二类", "五类")).isEqualTo("“五类”不是本方案的等次");
        assertThat(CampaignResults.exceptionProblem(FOUR_CLASSES, "一类", "二类")).isNull();
    }

    @Test
    void ranksShareTiesAndCountWithinEachTownship() {
        List<CampaignEntry> ranked = CampaignResults.ranked(FOUR_CLASSES, List.of(
                entry(1, "甲村", 10, "900", "一类", "二类"), entry(2, "乙村", 10, "800", "二类", "二类"),
                entry(3, "丙村", 20, "900", "一类", null), entry(4, "丁村", 20, "700", "二类", "一类"),
                entry(5, "戊村", 20, null, null, null)));
        Map<String, CampaignEntry> byName = new java.util.HashMap<>();
        ranked.forEach(e -> byName.put(e.orgName(), e));
        assertThat(ranked.get(0).orgName()).isEqualTo("丙村");
        assertThat(byName.get("甲村").rankInCounty()).isEqualTo(1);
        assertThat(byName.get("丙村").rankInCounty()).isEqualTo(1);
        assertThat(byName.get("乙村").rankInCounty()).isEqualTo(3);
        assertThat(byName.get("丁村").rankInCounty()).isEqualTo(4);
        assertThat(byName.get("乙村").rankInTownship()).isEqualTo(2);
        assertThat(byName.get("丁村").rankInTownship()).isEqualTo(2);
        assertThat(byName.get("戊村").rankInCounty()).isZero();
        assertThat(byName.get("甲村").movement()).isEqualTo(CampaignEntry.Movement.UP);
        assertThat(byName.get("乙村").movement()).isEqualTo(CampaignEntry.Movement.SAME);
        assertThat(byName.get("丙村").movement()).isEqualTo(CampaignEntry.Movement.NEW);
        assertThat(byName.get("丁村").movement()).isEqualTo(CampaignEntry.Movement.DOWN);
        assertThat(byName.get("戊村").movement()).isEqualTo(CampaignEntry.Movement.NONE);
    }

    private static CampaignEntry entry(long id, String name, long township, String total, String grade, String previous) {
        return new CampaignEntry(id, 1, id, name, township, "乡" + township, id, ReviewStage.FINAL, null, null, null,
                null, total == null ? null : new BigDecimal(total), grade, grade, null, false, 0, previous, null, null,
                0, Map.of(), 0, 0, null);
    }
}
