package org.jiceng.target.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jiceng.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The letter's rules without a database: what an item needs, issuing, village quantities, signing, amendments. */
class LetterRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2010, 5, 5);

    private static final LetterItem TREES = new LetterItem(11, 1, "03", "新农村建设", "栽植绿化苗木",
            MeasureKind.PROPORTIONAL, new BigDecimal("15"), new BigDecimal("1200"), "TREE", "棵", null, null, null,
            null, "乡林业站", null, null, 7L, "村组绿化美化");
    private static final LetterItem FIVE_GOOD = new LetterItem(12, 2, "01", "党建工作", "达到“五个好”", MeasureKind.DONE,
            new BigDecimal("20"), null, null, null, null, null, null, null, "乡党委组织办", null, null, null, null);

    @Test
    void anItemNeedsTheFieldsOfItsMeasureAndNoneOfAnothers() {
        assertThat(fields(LetterRules.checkItem(item(MeasureKind.PROPORTIONAL, null, null, null, null), 2010)))
                .containsExactly("targetQuantity", "unit");
        assertThat(fields(LetterRules.checkItem(item(MeasureKind.DONE, "5", "TREE", null, null), 2010)))
                .containsExactly("targetQuantity");
        assertThat(fields(LetterRules.checkItem(item(MeasureKind.BONUS_PER_UNIT, "2", "STREET", null, null), 2010)))
                .containsExactly("pointsPerUnitOver");
        assertThat(fields(LetterRules.checkItem(item(MeasureKind.LATE_DEDUCTION, null, null, null,
                LocalDate.of(2011, 1, 5)), 2010))).containsExactly("pointsPerDayLate", "deadline");
        assertThat(LetterRules.checkItem(item(MeasureKind.PROPORTIONAL, "1200", "TREE", null, null), 2010)).isEmpty();
    }

    @Test
    void aLetterIsIssuedInItsYearNotAfterTodayWithItemsAndThenItsItemsAreFixed() {
        TargetLetter draft = letter(List.of(TREES));
        assertThatThrownBy(() -> letter(List.of()).issue(TODAY, TODAY)).hasMessageContaining("还没有项目");
        assertThatThrownBy(() -> draft.issue(TODAY.plusDays(1), TODAY)).hasMessageContaining("不能晚于今天");
        assertThatThrownBy(() -> draft.issue(LocalDate.of(2009, 12, 30), TODAY)).hasMessageContaining("2010年内");
        TargetLetter issued = draft.issue(LocalDate.of(2010, 3, 10), TODAY);
        assertThat(issued.status()).isEqualTo(LetterStatus.ISSUED);
        assertThatThrownBy(issued::requireDraft).hasMessageContaining("项目不能再修改");
        assertThat(issued.basePoints()).isEqualByComparingTo("15");
    }

    @Test
    void aCopyIsSignedWithinTheYearAfterIssueAndThenChangesOnlyByAnAmendmentWithAReason() {
        TargetLetter issued = letter(List.of(TREES, FIVE_GOOD)).issue(LocalDate.of(2010, 3, 10), TODAY);
        LetterCopy copy = new LetterCopy(3, 1, 40, "程家塬村", "中共程家塬村支部委员会", CopyStatus.ISSUED, null, null, null,
                0, Map.of());
        assertThat(copy.target(TREES)).isEqualByComparingTo("1200");
        LetterCopy own = copy.withTarget(TREES, new BigDecimal("2000"));
        assertThat(own.target(TREES)).isEqualByComparingTo("2000");
        assertThatThrownBy(() -> copy.withTarget(FIVE_GOOD, BigDecimal.ONE)).hasMessageContaining("没有目标数量");
        assertThatThrownBy(() -> own.amend(TREES, BigDecimal.TEN, "调整", TODAY)).hasMessageContaining("尚未签订");

        assertThatThrownBy(() -> own.sign(issued, sign(LocalDate.of(2010, 3, 9)), TODAY))
                .hasMessageContaining("不能早于下达日期");
        assertThatThrownBy(() -> own.sign(issued, sign(TODAY.plusDays(1)), TODAY)).hasMessageContaining("不能晚于今天");
        LetterCopy signed = own.sign(issued, sign(LocalDate.of(2010, 3, 15)), TODAY);
        assertThat(signed.status()).isEqualTo(CopyStatus.SIGNED);
        assertThatThrownBy(() -> signed.sign(issued, sign(LocalDate.of(2010, 3, 16)), TODAY))
                .hasMessageContaining("已于2010-03-15签订");

        assertThatThrownBy(() -> signed.withTarget(TREES, new BigDecimal("1500"))).isInstanceOf(
                RuleViolationException.class).hasMessageContaining("只能变更");
        assertThatThrownBy(() -> signed.amend(TREES, new BigDecimal("1500"), " ", TODAY)).hasMessageContaining("写明原因");
        assertThatThrownBy(() -> signed.amend(TREES, new BigDecimal("2000"), "调整", TODAY)).hasMessageContaining("相同");
        LetterCopy.Change change = signed.amend(TREES, new BigDecimal("1500"), "苗木供应不足，经乡党委会研究调整", TODAY);
        assertThat(change.oldQuantity()).isEqualByComparingTo("2000");
        assertThat(change.after().target(TREES)).isEqualByComparingTo("1500");
    }

    @Test
    void aVillagesStandingScoresTheItemsTheLedgerTracksAndLeavesTheRestToYearEnd() {
        TargetLetter issued = letter(List.of(TREES, FIVE_GOOD)).issue(LocalDate.of(2010, 3, 10), TODAY);
        LetterCopy copy = new LetterCopy(3, 1, 40, "程家塬村", "中共程家塬村支部委员会", CopyStatus.SIGNED,
                LocalDate.of(2010, 3, 15), "甲", "乙", 1, Map.of(11L, new BigDecimal("2000")));
        Standing standing = Standing.of(issued, copy, Map.of(11L, new LetterProgress.Done(2, new BigDecimal("1500"),
                LocalDate.of(2010, 3, 20))));
        assertThat(standing.row(11).points()).isEqualByComparingTo("11.25");
        assertThat(standing.row(11).cell()).isEqualTo("1500/2000棵");
        assertThat(standing.row(11).percent()).isEqualTo(75);
        assertThat(standing.row(12).tracked()).isFalse();
        assertThat(standing.row(12).cell()).isEqualTo("年终评定");
        assertThat(standing.estimated()).isEqualByComparingTo("11.25");
        assertThat(standing.measurable()).isEqualByComparingTo("15");
    }

    private static SignForm sign(LocalDate on) {
        return new SignForm(on, "程支书", "汉书记", 0L);
    }

    private static TargetLetter letter(List<LetterItem> items) {
        return new TargetLetter(1, 5, "汉封乡", 2010, "争优创先目标责任书", "中共汉封乡委员会", LetterStatus.DRAFT, null,
                "hanfeng", LocalDateTime.of(2010, 3, 8, 9, 0), 0, items);
    }

    private static ItemForm item(MeasureKind kind, String target, String unit, String perDay, LocalDate deadline) {
        return new ItemForm("03", "内容", kind, BigDecimal.TEN, target == null ? null : new BigDecimal(target), unit,
                null, null, deadline, perDay == null ? null : new BigDecimal(perDay), "乡林业站", null, null, null, null);
    }

    private static List<String> fields(List<RuleViolationException.FieldError> errors) {
        return errors.stream().map(RuleViolationException.FieldError::field).toList();
    }
}
