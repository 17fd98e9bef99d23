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

/** 代码表 by the system administrator: add, edit, deactivate (never delete), conflicts, audit, permissions. */
@JicengIntegrationTest
class CodeListAdminIntegrationTests {

    static final String LIST = CodeLists.WORK_POST;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CodeLists codeLists;

    @Autowired
    UserDetailsService users;

    @Test
    void systemAdministratorAddsEditsAndDeactivatesAnItemWhichStaysOnRecord() throws Exception {
        var sysadmin = user(users.loadUserByUsername("sysadmin"));
        mvc.perform(get("/admin/code-lists").with(sysadmin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("人员类别")));
        mvc.perform(post("/admin/code-lists/" + LIST + "/items").with(sysadmin).with(csrf())
                        .param("code", "T91").param("label", "电商从业人员").param("sortOrder", "90"))
                .andExpect(redirectedUrl("/admin/code-lists/" + LIST));
        assertThat(codeLists.isValid(LIST, "T91")).isTrue();

        mvc.perform(post("/admin/code-lists/" + LIST + "/items/T91").with(sysadmin).with(csrf())
                        .param("label", "农村电商从业人员").param("sortOrder", "91").param("version", "0"))
                .andExpect(redirectedUrl("/admin/code-lists/" + LIST));
        mvc.perform(post("/admin/code-lists/" + LIST + "/items/T91/deactivate").with(sysadmin).with(csrf())
                        .param("version", "1"))
                .andExpect(flash().attribute("notice", containsString("已停用 T91 农村电商从业人员")));

        assertThat(codeLists.isValid(LIST, "T91")).as("new records cannot pick it").isFalse();
        assertThat(codeLists.labels(LIST)).as("old records still show it").containsEntry("T91", "农村电商从业人员");
        mvc.perform(get("/admin/code-lists/" + LIST).with(sysadmin))
                .andExpect(content().string(containsString("已停用")));
        assertThat(jdbc.sql("""
                SELECT action FROM audit_entries WHERE object_type = 'CODE_ITEM' AND object_label = ?
                AND actor = 'sysadmin' ORDER BY id""").param(LIST + "/T91").query(String.class).list())
                .containsExactly("CREATE", "UPDATE", "DEACTIVATE");
    }

    @Test
    void duplicateCodeAndMissingNameAreShownNextToTheFields() throws Exception {
        mvc.perform(post("/admin/code-lists/ETHNICITY/items").with(user(users.loadUserByUsername("sysadmin"))).with(csrf())
                        .param("code", "01").param("label", "").param("sortOrder", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("代码 01 是国家代码（汉族），本地代码不能使用或重新定义它")))
                .andExpect(content().string(containsString("请填写名称")));
        mvc.perform(post("/api/v1/code-lists/ETHNICITY/items").with(httpBasic("sysadmin", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"01\",\"label\":\"重复\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        assertThat(codeLists.label("ETHNICITY", "01")).isEqualTo("汉族");
    }

    @Test
    void aNationalCodeKeepsItsNameAndLocalAdditionsAreMarkedLocal() throws Exception {
        var sysadmin = user(users.loadUserByUsername("sysadmin"));
        mvc.perform(post("/admin/code-lists/EDUCATION/items/7").with(sysadmin).with(csrf())
                        .param("label", "初级中学").param("sortOrder", "17").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("国家代码的名称不能修改")));
        assertThat(codeLists.label("EDUCATION", "7")).isEqualTo("初中");
        mvc.perform(post("/api/v1/code-lists/EDUCATION/items").with(httpBasic("sysadmin", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"L1\",\"label\":\"初中\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("label"));
        mvc.perform(post("/api/v1/code-lists/EDUCATION/items").with(httpBasic("sysadmin", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"L1\",\"label\":\"扫盲班\",\"sortOrder\":1001}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.national").value(false));
        mvc.perform(get("/admin/code-lists/EDUCATION").with(sysadmin))
                .andExpect(content().string(containsString("本地增补")))
                .andExpect(content().string(containsString("国家代码")));
    }

    @Test
    void staleEditIsAConflict() throws Exception {
        mvc.perform(post("/api/v1/code-lists/" + LIST + "/items").with(httpBasic("sysadmin", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"T92\",\"label\":\"甲\",\"sortOrder\":92}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(put("/api/v1/code-lists/" + LIST + "/items/T92").with(httpBasic("sysadmin", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"乙\",\"sortOrder\":92,\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.label").value("乙"));
        mvc.perform(put("/api/v1/code-lists/" + LIST + "/items/T92").with(httpBasic("sysadmin", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"丙\",\"sortOrder\":92,\"version\":0}"))
                .andExpect(status().isConflict());
        assertThat(codeLists.label(LIST, "T92")).isEqualTo("乙");
        mvc.perform(get("/api/v1/code-lists/NO_SUCH_LIST").with(httpBasic("sysadmin", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSystemAdministratorMaintainsCodeLists() throws Exception {
        for (String role : new String[] {"county", "security", "auditor"}) {
            mvc.perform(get("/api/v1/code-lists").with(httpBasic(role, Fixtures.PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/code-lists/ETHNICITY/items/01/deactivate").with(httpBasic(role, Fixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                    .andExpect(status().isForbidden());
        }
        assertThat(codeLists.isValid("ETHNICITY", "01")).isTrue();
    }
}
