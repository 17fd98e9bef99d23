package org.jiceng.configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The code lists every module validates and displays codes with (民族 GB/T 3304, 学历 GB/T 4658, 人员类别, posts).
 * Read from the database on each call (a few dozen rows), so an edit shows on every instance at once.
 */
@Component
public class CodeLists {

    public static final String GENDER = "GENDER";
    public static final String ETHNICITY = "ETHNICITY";
    public static final String EDUCATION = "EDUCATION";
    public static final String PERSON_CATEGORY = "PERSON_CATEGORY";
    public static final String MEMBERSHIP_STATUS = "MEMBERSHIP_STATUS";
    public static final String COMMITTEE_POST = "COMMITTEE_POST";
    public static final String VILLAGE_CADRE_POST = "VILLAGE_CADRE_POST";

    private final JdbcClient jdbc;

    CodeLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active items in display order. */
    public List<CodeItem> items(String listCode) {
        return jdbc.sql("""
                SELECT list_code, code, label, sort_order, active FROM code_items
                WHERE list_code = ? AND active = TRUE ORDER BY sort_order, code""")
                .param(listCode).query(CodeItem.class).list();
    }

    /** Code to label for every item, inactive ones included so old records still display. */
    public Map<String, String> labels(String listCode) {
        Map<String, String> labels = new LinkedHashMap<>();
        jdbc.sql("SELECT code, label FROM code_items WHERE list_code = ? ORDER BY sort_order, code")
                .param(listCode).query(rs -> {
                    labels.put(rs.getString("code"), rs.getString("label"));
                });
        return labels;
    }

    public String label(String listCode, String code) {
        if (code == null) {
            return null;
        }
        return jdbc.sql("SELECT label FROM code_items WHERE list_code = ? AND code = ?")
                .params(listCode, code).query(String.class).optional().orElse(code);
    }

    /** Whether the code is an active item of the list. */
    public boolean isValid(String listCode, String code) {
        return code != null && jdbc.sql("SELECT COUNT(*) FROM code_items WHERE list_code = ? AND code = ? AND active = TRUE")
                .params(listCode, code).query(Long.class).single() > 0;
    }

    /** The active code whose label is exactly this text (spreadsheets carry labels such as 汉族 or 初中). */
    public Optional<String> codeForLabel(String listCode, String label) {
        return jdbc.sql("SELECT code FROM code_items WHERE list_code = ? AND label = ? AND active = TRUE")
                .params(listCode, label).query(String.class).optional();
    }
}
