package org.jiceng.target.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.target.task.CentralTask;
import org.jiceng.target.task.Quantity;
import org.junit.jupiter.api.Test;

class DiaryRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2010, 5, 5);
    private static final Map<String, String> UNITS = Map.of("TREE", "棵", "KM", "公里", "WAN_YUAN", "万元");
    private static final CentralTask INVESTMENT = new CentralTask(1, 2, "范家寨乡", null, 2010, "招商引资", "01",
            "招商引资", "乡经济发展办", null, null, null, "fanjiazhai", LocalDateTime.of(2010, 2, 1, 9, 0), 0,
            List.of(new CentralTask.Target("WAN_YUAN", "万元", new BigDecimal("500"))));

    @Test
    void acceptsADayOfThisYearUpToToday() {
        assertThat(DiaryRules.entry(form("2010-05-05", null, line("3", "KM")), null, UNITS, TODAY)).isEmpty();
        assertThat(DiaryRules.entry(form("2010-01-01", 1L, line("120", "WAN_YUAN")), INVESTMENT, UNITS, TODAY))
                .isEmpty();
    }

    @Test
    void refusesADateAfterTodayOrInAnotherYear() {
        assertThat(fields(DiaryRules.entry(form("2010-05-06", null), null, UNITS, TODAY))).containsExactly("date");
        assertThat(DiaryRules.entry(form("2009-12-31", null), null, UNITS, TODAY).get(0).message())
                .contains("本年度");
    }

    @Test
    void refusesAUnitTheTaskDoesNotCountIn() {
        List<FieldError> errors = DiaryRules.entry(form("2010-04-01", 1L, line("1", "WAN_YUAN"), line("200", "TREE")),
                INVESTMENT, UNITS, TODAY);
        assertThat(fields(errors)).containsExactly("quantities[1].unit");
        assertThat(errors.get(0).message()).contains("不按“棵”计量", "万元");
    }

    @Test
    void ignoresBlankLinesButWantsBothHalvesOfAFilledOne() {
        assertThat(DiaryRules.entry(form("2010-04-01", null, new Quantity(null, "")), null, UNITS, TODAY)).isEmpty();
        assertThat(fields(DiaryRules.entry(form("2010-04-01", null, new Quantity(null, "TREE"),
                new Quantity(BigDecimal.ONE, "米")), null, UNITS, TODAY)))
                .containsExactly("quantities[0].quantity", "quantities[1].unit");
    }

    @Test
    void evidenceIsAPhotoOrDocumentWithinTheLimit() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0};
        assertThat(DiaryRules.files(List.of(new Upload("a.png", png)))).isEmpty();
        assertThat(fields(DiaryRules.files(List.of(new Upload("a.txt", "hi".getBytes()))))).containsExactly("files");
        assertThat(DiaryRules.files(List.of(new Upload("a.jpg", png)))).hasSize(1);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = (byte) 0x89;
        big[1] = 'P';
        big[2] = 'N';
        big[3] = 'G';
        assertThat(DiaryRules.files(List.of(new Upload("big.png", big)))).hasSize(1);
    }

    private static DiaryForm form(String date, Long task, Quantity... lines) {
        return new DiaryForm(3L, LocalDate.parse(date), "01", "内容", "见证人", task, List.of(lines), null);
    }

    private static Quantity line(String quantity, String unit) {
        return new Quantity(new BigDecimal(quantity), unit);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
