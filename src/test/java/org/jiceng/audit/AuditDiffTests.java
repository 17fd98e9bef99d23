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
        assertThat(changes.get(0).before()).isEqualTo("610322********1234");
        assertThat(changes.get(0).after()).isEqualTo("610322********123X");
        assertThat(changes.get(1).before()).isEqualTo("138****5678");
        assertThat(changes.get(1).after()).doesNotContain("1234567");
        assertThat(changes.get(2).before()).isEqualTo("原号码139****5678");
        assertThat(changes.get(2).after()).isEqualTo("证件610322********1234");
    }

    @Test
    void nonJsonValueIsShownAsOneMaskedValue() {
        assertThat(AuditDiff.of(null, "电话13812345678")).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("电话138****5678"));
    }
}
