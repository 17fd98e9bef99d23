package org.jiceng.assessment.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.jiceng.assessment.engine.SchemeFixtures;
import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.assessment.scheme.SchemeStatus;
import org.jiceng.assessment.scheme.StoredScheme;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The desks' rules of a campaign entry, without a database: what each desk may save and what it writes. */
class EntrySheetTests {

    static final LocalDateTime AT = LocalDateTime.of(2010, 5, 5, 9, 30);

    /** Every input of the classification fixture: 好 when scored. */
    static final Map<String, String> FULL = Map.of("D1.1", "18", "D1.2", "1", "D1.3", "4", "D1.4", "1",
            "D2.1", "10", "D2.2", "95", "B1", "1", "X1", "0", "V1", "0", "V2", "0");

    @Test
    void theBranchSavesADraftAndOnlyChangedRowsAreWritten() {
        EntrySheet sheet = sheet(ReviewStage.DRAFT, Map.of("D1.1", self("D1.1", "18", null)));
        EntrySheet.Saved saved = sheet.saveSelf(Role.BRANCH_SECRETARY, form(Map.of("D1.1", "18", "D1.2", "1"), null),
                Map.of(), Map.of(), false, "chengjiayuan", AT);
        assertThat(saved.changed()).containsExactly("D1.2");
        assertThat(saved.scores().get("D1.2").selfValue()).isEqualByComparingTo("1");
        assertThat(saved.scores().get("D1.2").selfBy()).isEqualTo("chengjiayuan");
        assertThat(saved.scores().get("D1.1").selfAt()).isNull();
    }

    @Test
    void aFigureFromTheModulesWinsOverWhatWasTypedAndSaysWhereItCameFrom() {
        EntrySheet sheet = sheet(ReviewStage.DRAFT, Map.of());
        EntrySheet.Saved saved = sheet.saveSelf(Role.BRANCH_SECRETARY, form(Map.of("D1.3", "5"), null),
                Map.of("D1.3", new BigDecimal("2")), Map.of("D1.3", "年度培训次数"), false, "u", AT);
        assertThat(saved.scores().get("D1.3").selfValue()).isEqualByComparingTo("2");
        assertThat(saved.scores().get("D1.3").selfNote()).isEqualTo("取自：年度培训次数");
    }

    @Test
    void whatTheBranchMayNotSave() {
        EntrySheet draft = sheet(ReviewStage.DRAFT, Map.of());
        assertThatThrownBy(() -> draft.saveSelf(Role.MEMBER, form(FULL, null), Map.of(), Map.of(), false, "u", AT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> draft.saveSelf(Role.BRANCH_SECRETARY, form(Map.of("D1.1", "25"), null), Map.of(),
                Map.of(), false, "u", AT)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).anySatisfy(f -> {
                    assertThat(f.field()).isEqualTo("D1.1");
                    assertThat(f.message()).isEqualTo("书记能力的得分应在0到20分之间");
                }));
        assertThatThrownBy(() -> draft.saveSelf(Role.BRANCH_SECRETARY, form(Map.of("D1.1", "十八"), null), Map.of(),
                Map.of(), false, "u", AT)).hasMessageContaining("不是数字");
        Map<String, String> half = new HashMap<>(FULL);
        half.remove("D2.2");
        assertThatThrownBy(() -> draft.saveSelf(Role.BRANCH_SECRETARY, form(half, null), Map.of(), Map.of(), true,
                "u", AT)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors())
                        .extracting(RuleViolationException.FieldError::message).containsExactly("群众满意度：提交前须填写"));
        EntrySheet submitted = sheet(ReviewStage.SUBMITTED, Map.of());
        assertThatThrownBy(() -> submitted.saveSelf(Role.BRANCH_SECRETARY, form(FULL, null), Map.of(), Map.of(), false,
                "u", AT)).hasMessage("程家塬村的自评已提交（待乡镇审核），不能再修改");
    }

    @Test
    void theTownshipScoresWithAReasonWhereItDiffersFromTheBranch() {
        EntrySheet sheet = sheet(ReviewStage.SUBMITTED, Map.of("D1.1", self("D1.1", "18", null),
                "D1.2", self("D1.2", "1", null)));
        assertThatThrownBy(() -> sheet.review(Role.TOWNSHIP_OFFICER, form(Map.of("D1.1", "15", "D1.2", "1"), " "),
                "hanfeng", AT)).isInstanceOf(RuleViolationException.class)
                .hasMessage("调整了1项评分（书记能力），须写明调整理由");
        EntrySheet.Saved saved = sheet.review(Role.TOWNSHIP_OFFICER, form(Map.of("D1.1", "15", "D1.2", "1"),
                "述职材料不全"), "hanfeng", AT);
        assertThat(saved.changed()).containsExactlyInAnyOrder("D1.1", "D1.2");
        assertThat(saved.scores().get("D1.1").reviewReason()).isEqualTo("述职材料不全");
        assertThat(saved.scores().get("D1.1").value()).isEqualByComparingTo("15");
        assertThat(saved.scores().get("D1.2").reviewReason()).isNull();
        assertThat(saved.scores().get("D1.1").selfValue()).isEqualByComparingTo("18");
        assertThatThrownBy(() -> sheet.review(Role.BRANCH_SECRETARY, form(Map.of(), null), "u", AT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sheet(ReviewStage.REVIEWED, Map.of()).review(Role.TOWNSHIP_OFFICER,
                form(Map.of(), null), "u", AT)).hasMessage("程家塬村当前为“待县级审定”，不能审核评分");
    }

    @Test
    void anExceptionIsTheCountysBeforeThePublicNoticeWithAReason() {
        EntrySheet reviewed = sheet(ReviewStage.REVIEWED, Map.of());
        assertThatThrownBy(() -> reviewed.exception(false, "一般", "县委研究")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviewed.exception(true, "好", "县委研究")).hasMessage("破格等次不能高于得分评定的等次（较好）");
        assertThatThrownBy(() -> reviewed.exception(true, "一般", " ")).hasMessage("破格须写明理由");
        assertThat(reviewed.exception(true, " 一般 ", "县委研究")).isEqualTo("一般");
        assertThat(reviewed.exception(true, "", null)).isNull();
        assertThatThrownBy(() -> sheet(ReviewStage.PUBLICIZING, Map.of()).exception(true, "一般", "县委研究"))
                .hasMessage("程家塬村的结果已公示，不能再破格");
    }

    @Test
    void aFormFromAnOlderVersionIsAConflict() {
        EntrySheet sheet = sheet(ReviewStage.DRAFT, Map.of());
        sheet.requireVersion(7L, "的评分");
        assertThatThrownBy(() -> sheet.requireVersion(6L, "的评分")).isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> sheet.requireVersion(null, "的评分")).isInstanceOf(StaleEditException.class);
    }

    private static EntrySheet sheet(ReviewStage stage, Map<String, EntryScore> scores) {
        CampaignEntry entry = new CampaignEntry(11, 3, 101, "程家塬村", 100, "汉封乡", 55, stage, null, null, null,
                null, null, "较好", "较好", null, false, 0, null, null, null, 7, Map.of(), 0, 0, null);
        Campaign campaign = new Campaign(3, 1, "凤翔县委", 9, "分类定级", 2010, "2010年分类定级", 21, 1, null, 0,
                SubjectKind.VILLAGE_BRANCH);
        StoredScheme stored = new StoredScheme(9, 1, "凤翔县委", "classification", 1, SchemeStatus.PUBLISHED, false,
                null, null, AT, 1, SchemeFixtures.classification(), Map.of());
        return new EntrySheet(entry, campaign, stored, scores);
    }

    private static EntryScore self(String code, String value, String note) {
        return new EntryScore(code, new BigDecimal(value), note, "chengjiayuan", null, null, null, null, null);
    }

    private static ScoreForm form(Map<String, String> values, String reason) {
        return new ScoreForm(values, Map.of(), reason, 7L);
    }
}
