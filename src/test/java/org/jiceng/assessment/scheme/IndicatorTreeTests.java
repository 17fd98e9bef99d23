package org.jiceng.assessment.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.SchemeFixtures;
import org.jiceng.assessment.engine.ScoringMethod;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class IndicatorTreeTests {

    @Test
    void flatteningAndBuildingGivesTheSameTree() {
        List<Indicator> tree = SchemeFixtures.classification().indicators();
        List<IndicatorRow> rows = IndicatorTree.flatten(tree);
        assertThat(rows).extracting(IndicatorRow::parentCode).startsWith(null, "D1", "D1");
        List<FieldError> errors = new ArrayList<>();
        assertThat(IndicatorTree.build(rows, errors)).isEqualTo(tree);
        assertThat(errors).isEmpty();
    }

    @Test
    void aRowNamingAnUnknownParentIsRefusedOnThatRow() {
        List<IndicatorRow> rows = new ArrayList<>(IndicatorTree.flatten(SchemeFixtures.classification().indicators()));
        rows.set(2, new IndicatorRow("D1.2", "D9", "两委健全", ScoringMethod.PASS_FAIL, null, null, null, false, null));
        List<FieldError> errors = new ArrayList<>();
        IndicatorTree.build(rows, errors);
        assertThat(errors).containsExactly(new FieldError("indicators[2].parentCode", "上级指标编号“D9”不存在"));
    }

    @Test
    void moreThanThreeLevelsAreRefused() {
        List<IndicatorRow> rows = List.of(IndicatorRow.blank(null), row("B", "A"), row("C", "B"), row("D", "C"));
        List<IndicatorRow> named = new ArrayList<>(rows);
        named.set(0, row("A", null));
        List<FieldError> errors = new ArrayList<>();
        IndicatorTree.build(named, errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("indicators[3].parentCode");
    }

    @Test
    void parentsFormingACycleAreRefused() {
        List<FieldError> errors = new ArrayList<>();
        IndicatorTree.build(List.of(row("A", "B"), row("B", "A")), errors);
        assertThat(errors).extracting(FieldError::message).containsExactly("上级指标编号形成循环，请检查");
    }

    @Test
    void aRowWithoutMethodIsRefused() {
        List<FieldError> errors = new ArrayList<>();
        IndicatorTree.build(List.of(new IndicatorRow("A", null, "甲", null, null, null, null, false, null)), errors);
        assertThat(errors).containsExactly(new FieldError("indicators[0].method", "请选择计分方法"));
    }

    static IndicatorRow row(String code, String parent) {
        return new IndicatorRow(code, parent, code, ScoringMethod.MANUAL, null, null, null, false, null);
    }
}
