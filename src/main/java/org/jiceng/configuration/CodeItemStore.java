package org.jiceng.configuration;

import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every item of a code list, inactive ones included, in display order: one query per list until it changes. */
@Component
class CodeItemStore {

    static final String CACHE = "codeLists";

    private final JdbcClient jdbc;

    CodeItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable(CACHE)
    public List<CodeItem> all(String listCode) {
        return jdbc.sql("""
                SELECT list_code, code, label, sort_order, active, national FROM code_items
                WHERE list_code = ? ORDER BY sort_order, code""")
                .param(listCode).query(CodeItem.class).list();
    }
}
