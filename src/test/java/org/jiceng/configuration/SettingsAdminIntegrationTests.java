package org.jiceng.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** 系统设置 by the system administrator: validated per setting, audited, conflicts detected, nobody else allowed. */
@JicengIntegrationTest
class SettingsAdminIntegrationTests {

    static final String MINUTES = Settings.LOCKOUT_MINUTES;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Settings settings;

    @Autowired
    UserDetailsService users;

    @Test
    void systemAdministratorChangesLockoutMinutesAndTheChangeIsAudited() throws Exception {
        var sysadmin = user(users.loadUserByUsername("sysadmin"));
        mvc.perform(get("/admin/settings").with(sysadmin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("锁定时长（分钟）")))
                .andExpect(content().string(containsString("县委组织部干部、乡镇组织委员")));
        mvc.perform(get("/admin/settings/" + Settings.FULL_PHONE_ROLES).with(sysadmin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"BRANCH_SECRETARY\" checked")))
                .andExpect(content().string(containsString("value=\"MEMBER\">")));
        long version = version(MINUTES);
        mvc.perform(post("/admin/settings/" + MINUTES).with(sysadmin).with(csrf())
                        .param("value", "30").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/settings"))
                .andExpect(flash().attribute("notice", containsString("30")));
        assertThat(settings.intValue(MINUTES)).isEqualTo(30);
        String audit = jdbc.sql("""
                SELECT before_value || ' -> ' || after_value FROM audit_entries
                WHERE object_type = 'SETTING' AND object_label = ? AND actor = 'sysadmin' ORDER BY id DESC""")
                .param(MINUTES).query(String.class).list().get(0);
        assertThat(audit).contains("\"15\"").contains("\"30\"");

        api(MINUTES, "\"15\"", version + 1).andExpect(status().isOk()).andExpect(jsonPath("$.value").value("15"));
        assertThat(settings.intValue(MINUTES)).isEqualTo(15);
    }

    @Test
    void valuesOutOfRangeOrUnknownRolesAreRefusedNextToTheField() throws Exception {
        mvc.perform(post("/admin/settings/" + MINUTES).with(user(users.loadUserByUsername("sysadmin"))).with(csrf())
                        .param("value", "2").param("version", String.valueOf(version(MINUTES))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("须为 5 到 1440 之间的整数")))
                .andExpect(content().string(containsString("value=\"2\"")));
        api(Settings.FULL_PHONE_ROLES, "\"COUNTY_OFFICER,AUDITOR\"", version(Settings.FULL_PHONE_ROLES))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value("未知或不可选的角色：AUDITOR"));
        assertThat(settings.intValue(MINUTES)).isEqualTo(15);
    }

    @Test
    void staleVersionIsAConflictAndUnknownKeyIsNotFound() throws Exception {
        long version = version(Settings.IMPORT_MAX_ROWS);
        api(Settings.IMPORT_MAX_ROWS, "\"20000\"", version).andExpect(status().isOk());
        api(Settings.IMPORT_MAX_ROWS, "\"100\"", version).andExpect(status().isConflict());
        assertThat(settings.intValue(Settings.IMPORT_MAX_ROWS)).isEqualTo(20000);
        api("no.such.setting", "\"1\"", 0).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSystemAdministratorSeesSettings() throws Exception {
        for (String role : new String[] {"county", "security", "auditor"}) {
            mvc.perform(get("/api/v1/settings").with(httpBasic(role, Fixtures.PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/settings").with(user(users.loadUserByUsername(role)))).andExpect(status().isForbidden());
        }
        mvc.perform(put("/api/v1/settings/" + MINUTES).with(httpBasic("auditor", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\":\"60\",\"version\":0}"))
                .andExpect(status().isForbidden());
        assertThat(settings.intValue(MINUTES)).isEqualTo(15);
    }

    private ResultActions api(String key, String jsonValue, long version) throws Exception {
        return mvc.perform(put("/api/v1/settings/" + key).with(httpBasic("sysadmin", Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\":" + jsonValue + ",\"version\":" + version + "}"));
    }

    private long version(String key) {
        return jdbc.sql("SELECT version FROM settings WHERE setting_key = ?").param(key).query(Long.class).single();
    }
}
