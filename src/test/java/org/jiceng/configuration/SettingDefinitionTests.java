package org.jiceng.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingDefinitionTests {

    @Test
    void lockoutCountMustBeAWholeNumberInItsRange() {
        SettingDefinition d = SettingDefinition.of(Settings.LOCKOUT_MAX_FAILURES);
        assertThat(d.check(" 6 ").value()).isEqualTo("6");
        assertThat(d.check("2").problem()).isEqualTo("须为 3 到 10 之间的整数");
        assertThat(d.check("五").isOk()).isFalse();
        assertThat(d.check("").isOk()).isFalse();
    }

    @Test
    void passwordLengthIsAtLeastEight() {
        assertThat(SettingDefinition.of(Settings.PASSWORD_MIN_LENGTH).check("7").isOk()).isFalse();
        assertThat(SettingDefinition.of(Settings.PASSWORD_MIN_LENGTH).check("12").isOk()).isTrue();
    }

    @Test
    void maskingRolesAreKnownRegisterRolesWithoutDuplicates() {
        SettingDefinition d = SettingDefinition.of(Settings.FULL_PHONE_ROLES);
        assertThat(d.check("COUNTY_OFFICER, BRANCH_SECRETARY,COUNTY_OFFICER").value())
                .isEqualTo("COUNTY_OFFICER,BRANCH_SECRETARY");
        assertThat(d.check("").value()).isEmpty();
        assertThat(d.check("COUNTY_OFFICER,MAYOR").problem()).isEqualTo("未知或不可选的角色：MAYOR");
        assertThat(d.check("AUDITOR").isOk()).as("administrators never read the register").isFalse();
    }

    @Test
    void unknownSettingIsFreeTextOfLimitedLength() {
        SettingDefinition d = SettingDefinition.of("report.title");
        assertThat(d.check("凤翔县").value()).isEqualTo("凤翔县");
        assertThat(d.check(" ").isOk()).isFalse();
    }
}
