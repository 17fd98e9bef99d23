package org.jiceng.assessment.scheme;

import java.time.LocalDateTime;
import java.util.Map;

import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scheme list: schemes of the user's org and the orgs above it (they bind the user) — drafts only for the county
 * officers writing them — filtered and paged.
 */
@Component
class SchemeQueries {

    static final Map<String, String> SORTS = Map.of("year", "s.scheme_year", "name", "s.name", "status", "s.status",
            "updated", "s.updated_at");

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final SchemeAccess access;

    SchemeQueries(JdbcClient jdbc, DataScope scope, SchemeAccess access) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.access = access;
    }

    PageResult<SchemeRow> list(SchemeFilter filter, PageQuery page) {
        ScopedSql scoped = ScopedSql.ownedAbove(scope.scope(ScopeKind.REGISTER), "s.owner_org_id");
        String where = " WHERE " + scoped.predicate() + " AND (s.status <> 'DRAFT' OR s.owner_org_id = :draftsOf)"
                + (filter.year() == null ? "" : " AND s.scheme_year = :year")
                + (filter.subject() == null ? "" : " AND s.subject_kind = :subject")
                + (filter.status() == null ? "" : " AND s.status = :status");
        var params = new java.util.HashMap<String, Object>(scoped.params());
        params.put("draftsOf", access.draftsOf());
        params.put("year", filter.year());
        params.put("subject", filter.subject() == null ? null : filter.subject().name());
        params.put("status", filter.status() == null ? null : filter.status().name());
        long total = jdbc.sql("SELECT COUNT(*) FROM assessment_schemes s" + where).params(params)
                .query(Long.class).single();
        String order = page.orderBy(SORTS, "year", "s.family, s.edition DESC");
        if (page.sort() == null) {
            order = "s.scheme_year DESC, s.family, s.edition DESC";
        }
        var items = jdbc.sql("""
                SELECT s.id, s.name, s.scheme_year, s.subject_kind, s.edition, s.status, s.example, s.updated_at,
                       o.name AS owner_name
                FROM assessment_schemes s JOIN orgs o ON o.id = s.owner_org_id""" + where
                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new SchemeRow(rs.getLong("id"), rs.getString("name"), rs.getInt("scheme_year"),
                        SubjectKind.valueOf(rs.getString("subject_kind")), rs.getInt("edition"),
                        SchemeStatus.valueOf(rs.getString("status")), rs.getBoolean("example"),
                        rs.getString("owner_name"), rs.getObject("updated_at", LocalDateTime.class)))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }
}
