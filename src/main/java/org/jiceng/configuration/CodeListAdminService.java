package org.jiceng.configuration;

import static org.jiceng.shared.RuleViolationException.throwIfAny;

import java.util.List;

import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator maintains the code lists: adds items, renames and reorders them, deactivates and
 * reactivates them ({@link CodeItemRules}) — from the version they saw, each change audited.
 */
@Service
@Transactional
public class CodeListAdminService {

    static final String TYPE = "CODE_ITEM";
    private static final String ITEM_COLUMNS = "list_code, code, label, sort_order, active, national, version";

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final ApplicationEventPublisher events;

    CodeListAdminService(JdbcClient jdbc, DataScope scope, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<CodeListSummary> lists() {
        return jdbc.sql("""
                SELECT l.list_code, l.name, l.description, COUNT(i.code) AS items,
                       SUM(CASE WHEN i.active THEN 1 ELSE 0 END) AS active_items
                FROM code_lists l LEFT JOIN code_items i ON i.list_code = l.list_code
                GROUP BY l.list_code, l.name, l.description ORDER BY l.list_code""")
                .query((rs, i) -> new CodeListSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5))).list();
    }

    @Transactional(readOnly = true)
    public CodeListSummary list(String listCode) {
        return lists().stream().filter(l -> l.listCode().equals(listCode)).findFirst()
                .orElseThrow(() -> NotFoundException.of("代码表", listCode));
    }

    @Transactional(readOnly = true)
    public List<CodeItemRow> items(String listCode) {
        list(listCode);
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM code_items WHERE list_code = ? ORDER BY sort_order, code")
                .param(listCode).query(CodeItemRow.class).list();
    }

    @Transactional(readOnly = true)
    public CodeItemRow item(String listCode, String code) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM code_items WHERE list_code = ? AND code = ?")
                .params(listCode, code).query(CodeItemRow.class).optional()
                .orElseThrow(() -> NotFoundException.of("代码", listCode + "/" + code));
    }

    public CodeItemRow add(String listCode, CodeItemForm form) {
        list(listCode);
        String code = form.code() == null ? null : form.code().trim();
        var taken = code == null ? java.util.Optional.<CodeItemRow>empty()
                : jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM code_items WHERE list_code = ? AND code = ?")
                .params(listCode, code).query(CodeItemRow.class).optional();
        var sameName = form.label() == null ? java.util.Optional.<CodeItemRow>empty()
                : jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM code_items WHERE list_code = ? AND label = ? AND national")
                .params(listCode, form.label().trim()).query(CodeItemRow.class).optional();
        throwIfAny("代码未保存：请修改标出的项目", CodeItemRules.checkNew(form, taken, sameName));
        // Whatever the administrator adds is a local addition: national items ship only with the migrations.
        jdbc.sql("INSERT INTO code_items (" + ITEM_COLUMNS + ") VALUES (?, ?, ?, ?, TRUE, FALSE, 0)")
                .params(listCode, code, form.label().trim(), sortOrder(form)).update();
        CodeItemRow added = item(listCode, code);
        events.publishEvent(Audited.created(TYPE, null, listCode + "/" + code, actorOrg(), added));
        return added;
    }

    public CodeItemRow update(String listCode, String code, CodeItemForm form) {
        CodeItemRow before = item(listCode, code);
        throwIfAny("代码未保存：请修改标出的项目", CodeItemRules.checkEdit(before, form));
        write("UPDATE code_items SET label = ?, sort_order = ?, version = version + 1"
                + " WHERE list_code = ? AND code = ? AND version = ?",
                before, form.version(), form.label().trim(), sortOrder(form), listCode, code);
        return audited("UPDATE", before);
    }

    /** Deactivates (or reactivates) an item: records keep the code, new records can no longer pick it. */
    public CodeItemRow setActive(String listCode, String code, boolean active, Long version) {
        CodeItemRow before = item(listCode, code);
        write("UPDATE code_items SET active = ?, version = version + 1 WHERE list_code = ? AND code = ? AND version = ?",
                before, version, active, listCode, code);
        return audited(active ? "ACTIVATE" : "DEACTIVATE", before);
    }

    /** What migration V54 did with the old codes records held in this list (empty for lists it did not touch). */
    @Transactional(readOnly = true)
    public List<CodeMigration> migrations(String listCode) {
        list(listCode);
        return jdbc.sql("""
                SELECT m.list_code, m.old_code, m.old_label, m.new_code, i.label AS new_label, m.outcome, m.records
                FROM code_migrations m LEFT JOIN code_items i ON i.list_code = m.list_code AND i.code = m.new_code
                WHERE m.list_code = ?
                ORDER BY CASE m.outcome WHEN 'UNMAPPED' THEN 0 WHEN 'MAPPED' THEN 1 ELSE 2 END, m.old_code""")
                .param(listCode).query(CodeMigration.class).list();
    }

    private void write(String sql, CodeItemRow before, Long version, Object... params) {
        if (version == null) {
            throw RuleViolationException.onField("version", "缺少版本号（version），请刷新后重试");
        }
        Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
        all[params.length] = version;
        if (jdbc.sql(sql).params(all).update() == 0) {
            throw new StaleEditException("代码“" + before.label() + "”");
        }
    }

    private CodeItemRow audited(String action, CodeItemRow before) {
        CodeItemRow after = item(before.listCode(), before.code());
        events.publishEvent(new Audited(action, TYPE, null, before.listCode() + "/" + before.code(), actorOrg(),
                before, after));
        return after;
    }

    /** Code lists belong to the whole installation: the entry hangs on the administrator's org for the auditor. */
    private Long actorOrg() {
        return scope.requireActor().orgId();
    }

    private int sortOrder(CodeItemForm form) {
        return form.sortOrder() == null ? 0 : form.sortOrder();
    }

}
