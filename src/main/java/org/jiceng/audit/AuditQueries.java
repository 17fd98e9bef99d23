package org.jiceng.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor reads the audit log of their org's subtree: a filtered, sorted page, and one entry with its
 * before/after values compared field by field and identity and phone numbers masked ({@link AuditDiff}).
 */
@Component
@Transactional(readOnly = true)
class AuditQueries {

    static final Map<String, String> SORTS = Map.of("time", "e.occurred_at", "actor", "e.actor",
            "type", "e.object_type", "action", "e.action");
    private static final String COLUMNS = """
            e.id, e.occurred_at, e.actor, e.action, e.object_type, e.object_id, e.object_label, e.org_id,
            e.remote_address""";

    private final JdbcClient jdbc;
    private final DataScope scope;

    AuditQueries(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** An entry with its values compared field by field. */
    record Detail(AuditEntryRow entry, List<AuditDiff.Change> changes) {
    }

    PageResult<AuditEntryRow> list(AuditFilter filter, PageQuery page) {
        ScopedSql scoped = ScopedSql.of(scope.scope(ScopeKind.AUDIT), "e.org_id", null);
        StringBuilder where = new StringBuilder(" WHERE " + scoped.predicate());
        Map<String, Object> params = new HashMap<>(scoped.params());
        if (filter.from() != null) {
            where.append(" AND e.occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.append(" AND e.occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND e.actor = :actor");
            params.put("actor", filter.actor().trim());
        }
        if (filter.objectType() != null && !filter.objectType().isBlank()) {
            where.append(" AND e.object_type = :type");
            params.put("type", filter.objectType().trim());
        }
        if (filter.objectId() != null) {
            where.append(" AND e.object_id = :objectId");
            params.put("objectId", filter.objectId());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entries e" + where).params(params).query(Long.class).single();
        boolean explicitSort = page.sort() != null && SORTS.containsKey(page.sort());
        // Newest first unless the auditor sorts otherwise.
        String order = explicitSort ? page.orderBy(SORTS, "time", "e.id") : "e.occurred_at DESC, e.id DESC";
        List<AuditEntryRow> items = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entries e" + where + " ORDER BY " + order
                        + " OFFSET " + page.offset() + " ROWS FETCH FIRST " + page.size() + " ROWS ONLY")
                .params(params).query((rs, i) -> row(rs)).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    Detail detail(long auditId) {
        return jdbc.sql("SELECT " + COLUMNS + ", e.before_value, e.after_value FROM audit_entries e WHERE e.id = ?")
                .param(auditId)
                .query((rs, i) -> new Detail(row(rs), AuditDiff.of(rs.getString("object_type"),
                        rs.getString("before_value"), rs.getString("after_value"))))
                .optional().orElseThrow(() -> NotFoundException.of("审计记录", auditId));
    }

    /** The object types recorded so far, for the filter. */
    Map<String, String> objectTypes() {
        Map<String, String> types = new java.util.TreeMap<>();
        jdbc.sql("SELECT DISTINCT object_type FROM audit_entries").query(String.class).list()
                .forEach(t -> types.put(t, AuditLabels.type(t)));
        return types;
    }

    private static AuditEntryRow row(ResultSet rs) throws SQLException {
        String action = rs.getString("action");
        String type = rs.getString("object_type");
        return new AuditEntryRow(rs.getLong("id"), rs.getObject("occurred_at", LocalDateTime.class),
                rs.getString("actor"), action, AuditLabels.action(action), type, AuditLabels.type(type),
                rs.getObject("object_id", Long.class),
                AuditDiff.label(type, rs.getObject("object_id", Long.class), rs.getString("object_label")),
                rs.getObject("org_id", Long.class), rs.getString("remote_address"));
    }
}
