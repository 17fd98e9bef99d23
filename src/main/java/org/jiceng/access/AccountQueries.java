package org.jiceng.access;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.Role;
import org.jiceng.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The security administrator's account list: accounts under their org, filtered, sorted, one page at a time. */
@Component
class AccountQueries {

    static final Map<String, String> SORTS = Map.of("username", "a.username", "name", "a.display_name",
            "role", "a.role", "org", "o.short_name", "lastLogin", "a.last_login_at");

    private final JdbcClient jdbc;
    private final DataScope scope;

    AccountQueries(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    PageResult<AccountRow> list(AccountFilter filter, PageQuery page) {
        ScopedSql scoped = ScopedSql.of(scope.scope(ScopeKind.ACCOUNT), "a.org_id", null);
        StringBuilder where = new StringBuilder(" WHERE " + scoped.predicate());
        Map<String, Object> params = new HashMap<>(scoped.params());
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" AND (a.username LIKE :q OR a.display_name LIKE :q)");
            params.put("q", "%" + filter.q().trim() + "%");
        }
        if (filter.role() != null) {
            where.append(" AND a.role = :role");
            params.put("role", filter.role().name());
        }
        if (filter.accountOrg() != null) {
            where.append(" AND ").append(ScopedSql.underOrg("a.org_id", "underOrg"));
            params.put("underOrg", filter.accountOrg());
        }
        String from = " FROM accounts a JOIN orgs o ON o.id = a.org_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        LocalDateTime now = LocalDateTime.now();
        var items = jdbc.sql("""
                SELECT a.id, a.username, a.display_name, a.role, a.org_id, o.name AS org_name, a.enabled,
                       a.locked_until, a.must_change_password, a.last_login_at, a.version""" + from + where
                        + " ORDER BY " + page.orderBy(SORTS, "username", "a.id")
                        + " OFFSET " + page.offset() + " ROWS FETCH FIRST " + page.size() + " ROWS ONLY")
                .params(params)
                .query((rs, i) -> {
                    Role role = Role.valueOf(rs.getString("role"));
                    LocalDateTime lockedUntil = rs.getObject("locked_until", LocalDateTime.class);
                    return new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                            role.name(), role.label(), rs.getLong("org_id"), rs.getString("org_name"),
                            rs.getBoolean("enabled"), lockedUntil != null && lockedUntil.isAfter(now),
                            rs.getBoolean("must_change_password"), rs.getObject("last_login_at", LocalDateTime.class),
                            rs.getLong("version"));
                }).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }
}
