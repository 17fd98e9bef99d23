package org.jiceng.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AuditDiffTests {

    @Test
    void comparesFieldByFieldAndMarksWhatChanged() {
        List<AuditDiff.Change> changes = AuditDiff.of("{\"name\":\"张三\",\"role\":\"MEMBER\",\"version\":1}",
                "{\"name\":\"张三\",\"role\":\"COUNTY_OFFICER\",\"version\":2}");
        assertThat(changes).extracting(AuditDiff.Change::field).containsExactly("name", "role", "version");
        assertThat(changes).filteredOn(AuditDiff.Change::changed).extracting(AuditDiff.Change::label)
                .containsExactly("角色", "版本");
    }

    @Test
    void createdObjectHasOnlyAfterValuesAndNestedValuesAreFlattened() {
        List<AuditDiff.Change> changes = AuditDiff.of(null, "{\"key\":\"k\",\"org\":{\"id\":3,\"name\":\"村\"}}");
        assertThat(changes).extracting(AuditDiff.Change::field).containsExactly("key", "org.id", "org.name");
        assertThat(changes).allMatch(c -> c.before() == null && c.changed());
    }

    @Test
    void identityAndPhoneNumbersAreMaskedByFieldNameAndByShape() {
        List<AuditDiff.Change> changes = AuditDiff.of(
                "{\"idNumber\":\"610322199001011234\",\"phone\":\"13812345678\",\"note\":\"原号码13912345678\"}",
                "{\"idNumber\":\"61032219900101123X\",\"phone\":\"0917-1234567\",\"note\":\"证件610322199001011234\"}");
        assertThat(changes.get(0).before()).isEqualTo(AuditDiff.HIDDEN);
        assertThat(changes.get(0).after()).isEqualTo(AuditDiff.HIDDEN);
        assertThat(changes.get(0).changed()).isTrue();
        assertThat(changes.get(1).before()).isEqualTo(AuditDiff.HIDDEN);
        assertThat(changes.get(2).before()).isEqualTo(AuditDiff.HIDDEN);
        List<AuditDiff.Change> free = AuditDiff.of("{\"remark\":\"原号码13912345678\"}",
                "{\"remark\":\"证件610322199001011234\"}");
        assertThat(free.get(0).before()).isEqualTo("原号码139****5678");
        assertThat(free.get(0).after()).isEqualTo("证件610**************4");
    }

    @Test
    void theAuditorSeesWhichFieldsOfAPersonChangedButNoneOfTheirValues() {
        List<AuditDiff.Change> changes = AuditDiff.of("PERSON",
                "{\"name\":\"王五\",\"birthDate\":\"1990-01-01\",\"education\":\"初中\",\"version\":3}",
                "{\"name\":\"王五\",\"birthDate\":\"1990-02-01\",\"education\":\"高中\",\"version\":4}");
        assertThat(changes).extracting(AuditDiff.Change::field).containsExactly("name", "birthDate", "education", "version");
        assertThat(changes).extracting(AuditDiff.Change::changed).containsExactly(false, true, true, true);
        assertThat(changes).allSatisfy(c -> assertThat(c.before()).isEqualTo(AuditDiff.HIDDEN));
        assertThat(AuditDiff.label("PERSON", 42L, "王五")).isEqualTo("人员 #42");
        assertThat(AuditDiff.of("ORG", null, "{\"name\":\"程家塬村\"}").get(0).after()).isEqualTo("程家塬村");
    }

    @Test
    void nonJsonValueIsShownAsOneMaskedValue() {
        assertThat(AuditDiff.of(null, "电话13812345678")).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("电话138****5678"));
    }
}
