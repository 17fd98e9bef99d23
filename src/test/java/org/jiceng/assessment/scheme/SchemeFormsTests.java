package org.jiceng.assessment.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.SchemeFixtures;
import org.jiceng.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class SchemeFormsTests {

    final Scheme scheme = SchemeFixtures.classification();

    SchemeForm form() {
        return new SchemeForm(scheme.name(), null, scheme.baseMax(), scheme.bonusCap(), 0L,
                IndicatorTree.flatten(scheme.indicators()), scheme.bands().stream().map(BandRow::of).toList());
    }

    @Test
    void aValidFormBecomesTheScheme() {
        assertThat(SchemeForms.toScheme(form(), scheme)).isEqualTo(scheme);
    }

    @Test
    void problemsAreMovedFromIndicatorCodesToEditorRows() {
        assertThat(SchemeForms.onRow("indicators[D1.3].unit", form())).isEqualTo("indicators[3].unit");
        assertThat(SchemeForms.onRow("bands[1].min", form())).isEqualTo("bands[1].min");
        assertThat(SchemeForms.onRow("indicators[NOPE].max", form())).isEqualTo("indicators");
    }

    @Test
    void anInvalidFormIsRefusedWithEveryProblem() {
        SchemeForm form = form();
        form.bands().set(3, new BandRow("较差", null, null, null, null));
        assertThatThrownBy(() -> SchemeForms.toScheme(form, scheme))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessage()).startsWith("方案有1处问题，未保存：");
                    assertThat(e.fieldErrors()).extracting(RuleViolationException.FieldError::field)
                            .containsExactly("bands[3].min");
                });
    }

    @Test
    void yearsOutsideTheCenturyAreRefused() {
        assertThat(SchemeForms.requireYear(2010)).isEqualTo(2010);
        assertThatThrownBy(() -> SchemeForms.requireYear(null)).hasMessageContaining("年度");
        assertThatThrownBy(() -> SchemeForms.requireYear(1999)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void rowButtonsAddMoveAndRemoveRows() {
        SchemeForm form = form();
        assertThat(SchemeEditController.edited(form, "addIndicator").indicators()).hasSize(form.indicators().size() + 1);
        assertThat(SchemeEditController.edited(form, "addChild:0").indicators().get(1).parentCode()).isEqualTo("D1");
        assertThat(SchemeEditController.edited(form, "up:2").indicators().get(1).code()).isEqualTo("D1.2");
        assertThat(SchemeEditController.edited(form, "down:1").indicators().get(2).code()).isEqualTo("D1.1");
        assertThat(SchemeEditController.edited(form, "removeIndicator:1").indicators())
                .extracting(IndicatorRow::code).doesNotContain("D1.1");
        assertThat(SchemeEditController.edited(form, "addBand").bands()).hasSize(5);
        assertThat(SchemeEditController.edited(form, "removeBand:0").bands()).extracting(BandRow::name)
                .isEqualTo(List.of("较好", "一般", "较差"));
    }
}
