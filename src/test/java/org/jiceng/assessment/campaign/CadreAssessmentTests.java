package org.jiceng.assessment.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.jiceng.assessment.engine.GradeBand;
import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.ScoreSheet;
import org.jiceng.assessment.engine.ScoringEngine;
import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.assessment.scheme.ReferenceSchemes;
import org.jiceng.assessment.scheme.SchemeTemplate;
import org.jiceng.review.ReviewStage;
import org.junit.jupiter.api.Test;

/** The reference 村干部考核 scheme (德、能、勤、绩、廉, grades as bands) and how a cadre's entry names its subject. */
class CadreAssessmentTests {

    final SchemeTemplate template = new ReferenceSchemes().find("cadre-assessment").orElseThrow();
    final Scheme scheme = template.scheme();

    @Test
    void judgesVillageCadresOnTheFiveDimensionsOfAHundredPointsAsAnExample() {
        assertThat(template.subject()).isEqualTo(SubjectKind.VILLAGE_CADRE);
        assertThat(template.example()).isTrue();
        assertThat(scheme.indicators().stream().filter(i -> i.section() == Indicator.Section.BASE)
                .map(Indicator::name)).containsExactly("德", "能", "勤", "绩", "廉");
        assertThat(ScoringEngine.evaluate(scheme, fullMarks()).total()).isEqualByComparingTo("100");
        assertThat(scheme.bands()).extracting(GradeBand::name).containsExactly("优秀", "称职", "基本称职", "不称职");
    }

    @Test
    void gradesFollowTheBandsWithLowerBoundsInclusive() {
        assertThat(gradeWithResultsOf("5")).isEqualTo("优秀");       // 90
        assertThat(gradeWithResultsOf("4.99")).isEqualTo("称职");    // 89.99
        assertThat(gradeWithResultsOf("0", "D4.2", "0")).isEqualTo("称职");                  // 75
        assertThat(gradeWithResultsOf("0", "D4.2", "0", "D4.3", "4")).isEqualTo("基本称职"); // 74
        assertThat(gradeWithResultsOf("0", "D4.2", "0", "D4.3", "0", "D2.1", "0", "D3.2", "6"))
                .isEqualTo("基本称职");                                                       // 60
        assertThat(gradeWithResultsOf("0", "D4.2", "0", "D4.3", "0", "D2.1", "0", "D3.2", "5"))
                .isEqualTo("不称职");                                                         // 59
    }

    @Test
    void anAdmonishmentDeductsAndADisciplinarySanctionLeavesAtMostNotCompetent() {
        Map<String, BigDecimal> admonished = fullMarks();
        admonished.put("X1", BigDecimal.ONE);
        assertThat(ScoringEngine.evaluate(scheme, admonished).total()).isEqualByComparingTo("95");
        Map<String, BigDecimal> sanctioned = fullMarks();
        sanctioned.put("V1", BigDecimal.ONE);
        ScoreSheet sheet = ScoringEngine.evaluate(scheme, sanctioned);
        assertThat(sheet.total()).isEqualByComparingTo("100");
        assertThat(sheet.grade()).isEqualTo("不称职");
    }

    @Test
    void aCadresEntryIsNamedByPersonVillageAndPostsAndABranchsByItsName() {
        CampaignEntry.Cadre cadre = new CampaignEntry.Cadre(7, "王建国", "村党组织书记、村委会主任");
        assertThat(entry(cadre).label()).isEqualTo("王建国（程家塬村 村党组织书记、村委会主任）");
        assertThat(entry(null).label()).isEqualTo("程家塬村");
    }

    /** Full marks except 年度目标责任书完成情况 (of 15) and the listed other values. */
    private String gradeWithResultsOf(String targetPoints, String... others) {
        Map<String, BigDecimal> values = fullMarks();
        values.put("D4.1", new BigDecimal(targetPoints));
        for (int i = 0; i < others.length; i += 2) {
            values.put(others[i], new BigDecimal(others[i + 1]));
        }
        return ScoringEngine.evaluate(scheme, values).grade();
    }

    private Map<String, BigDecimal> fullMarks() {
        Map<String, BigDecimal> values = new HashMap<>();
        for (Indicator i : ScoreInputs.leaves(scheme)) {
            values.put(i.code(), switch (i.method()) {
                case MANUAL -> i.max();
                case PASS_FAIL -> BigDecimal.ONE;
                case COUNT -> i.bonus() ? BigDecimal.ZERO : i.max().divide(i.unit());
                case VALUE_FACTOR -> new BigDecimal("100");
                default -> BigDecimal.ZERO;
            });
        }
        return values;
    }

    private static CampaignEntry entry(CampaignEntry.Cadre cadre) {
        return new CampaignEntry(1, 1, 2, "程家塬村", 3, "汉封乡", 4, ReviewStage.DRAFT, null, null, null, null, null,
                null, null, null, false, 0, null, null, null, 0, Map.of(), 0, 0, null, cadre);
    }
}
