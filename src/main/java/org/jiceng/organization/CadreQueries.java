package org.jiceng.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists (and exports) of current village cadres and active reserve cadres across the user's data scope, then the
 * requested org's whole subtree and the filters; sortable by whitelisted keys, phones masked as the settings say.
 */
@Component
@Transactional(readOnly = true)
public class CadreQueries {

    static final Map<String, String> CADRE_SORTS = Map.of(
            "org", "po.sort_order", "name", "p.name", "post", "v.post", "termStart", "v.term_start");
    static final Map<String, String> RESERVE_SORTS = Map.of("org", "po.sort_order", "name", "p.name", "since", "r.since");

    private static final String PERSON_COLUMNS = """
            p.name, p.gender, p.birth_date, p.political_status, p.education, p.phone,
            o.short_name AS org_name, po.short_name AS parent_org_name""";

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Privacy privacy;
    private final Clock clock;
    private final CodeLists codes;

    CadreQueries(JdbcClient jdbc, DataScope scope, Privacy privacy, CodeLists codes, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.scope = scope;
        this.privacy = privacy;
        this.codes = codes;
    }

    public PageResult<CadreRow> cadres(CadreFilter filter, PageQuery page) {
        Where where = cadreWhere(filter);
        long total = jdbc.sql("SELECT COUNT(*) FROM village_cadres v JOIN people p ON p.id = v.person_id WHERE "
                + where.sql).params(where.params).query(Long.class).single();
        List<CadreRow> rows = new ArrayList<>();
        forEachCadre(where, page.orderBy(CADRE_SORTS, "org", "o.sort_order, v.post, v.id")
                + " LIMIT :limit OFFSET :offset", Map.of("limit", page.size(), "offset", page.offset()), rows::add);
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Streams every matching current cadre (for exports) without holding the list in memory. */
    public void forEachCadre(CadreFilter filter, String sort, boolean descending, Consumer<CadreRow> consumer) {
        forEachCadre(cadreWhere(filter), new PageQuery(1, 1, sort, descending)
                .orderBy(CADRE_SORTS, "org", "o.sort_order, v.post, v.id"), Map.of(), consumer);
    }

    public PageResult<ReserveRow> reserves(ReserveFilter filter, PageQuery page) {
        Where where = reserveWhere(filter);
        long total = jdbc.sql("SELECT COUNT(*) FROM reserve_cadres r JOIN people p ON p.id = r.person_id WHERE "
                + where.sql).params(where.params).query(Long.class).single();
        List<ReserveRow> rows = new ArrayList<>();
        forEachReserve(where, page.orderBy(RESERVE_SORTS, "org", "o.sort_order, r.since, r.id")
                + " LIMIT :limit OFFSET :offset", Map.of("limit", page.size(), "offset", page.offset()), rows::add);
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Streams every matching active reserve cadre (for exports) without holding the list in memory. */
    public void forEachReserve(ReserveFilter filter, String sort, boolean descending, Consumer<ReserveRow> consumer) {
        forEachReserve(reserveWhere(filter), new PageQuery(1, 1, sort, descending)
                .orderBy(RESERVE_SORTS, "org", "o.sort_order, r.since, r.id"), Map.of(), consumer);
    }

    private void forEachCadre(Where where, String orderAndLimit, Map<String, Object> extra, Consumer<CadreRow> consumer) {
        Labels labels = new Labels();
        var posts = codes.labels(CodeLists.VILLAGE_CADRE_POST);
        jdbc.sql("SELECT v.id, v.org_id, v.person_id, v.post, v.term_start, v.term_end, v.concurrent_head, v.paid, "
                        + PERSON_COLUMNS + " FROM village_cadres v JOIN people p ON p.id = v.person_id"
                        + " JOIN orgs o ON o.id = v.org_id LEFT JOIN orgs po ON po.id = o.parent_id WHERE " + where.sql
                        + " ORDER BY " + orderAndLimit)
                .params(where.params).params(extra).withFetchSize(500)
                .query(rs -> {
                    PoliticalStatus status = PoliticalStatus.valueOf(rs.getString("political_status"));
                    consumer.accept(new CadreRow(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"),
                            rs.getString("parent_org_name"), rs.getLong("person_id"), rs.getString("name"),
                            status.isMember(), labels.gender(rs), rs.getObject("birth_date", LocalDate.class),
                            status.label(), labels.education(rs), labels.phone(rs), rs.getString("post"),
                            posts.getOrDefault(rs.getString("post"), rs.getString("post")),
                            rs.getObject("term_start", LocalDate.class), rs.getObject("term_end", LocalDate.class),
                            rs.getBoolean("concurrent_head"), rs.getBoolean("paid")));
                });
    }

    private void forEachReserve(Where where, String orderAndLimit, Map<String, Object> extra, Consumer<ReserveRow> consumer) {
        Labels labels = new Labels();
        jdbc.sql("SELECT r.id, r.org_id, r.person_id, r.since, r.target_post, r.note, " + PERSON_COLUMNS
                        + " FROM reserve_cadres r JOIN people p ON p.id = r.person_id"
                        + " JOIN orgs o ON o.id = r.org_id LEFT JOIN orgs po ON po.id = o.parent_id WHERE " + where.sql
                        + " ORDER BY " + orderAndLimit)
                .params(where.params).params(extra).withFetchSize(500)
                .query(rs -> {
                    PoliticalStatus status = PoliticalStatus.valueOf(rs.getString("political_status"));
                    consumer.accept(new ReserveRow(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"),
                            rs.getString("parent_org_name"), rs.getLong("person_id"), rs.getString("name"),
                            status.isMember(), labels.gender(rs), rs.getObject("birth_date", LocalDate.class),
                            status.label(), labels.education(rs), labels.phone(rs),
                            rs.getObject("since", LocalDate.class), rs.getString("target_post"), rs.getString("note")));
                });
    }

    private Where cadreWhere(CadreFilter f) {
        Where where = scoped("v", f.org(), f.q());
        where.sql.append(" AND (v.term_end IS NULL OR v.term_end > :today)");
        where.params.put("today", LocalDate.now(clock));
        if (f.post() != null && !f.post().isBlank()) {
            where.sql.append(" AND v.post = :post");
            where.params.put("post", f.post().trim());
        }
        if (f.concurrentHead() != null) {
            where.sql.append(f.concurrentHead() ? " AND v.concurrent_head = TRUE" : " AND v.concurrent_head = FALSE");
        }
        if (f.paid() != null) {
            where.sql.append(f.paid() ? " AND v.paid = TRUE" : " AND v.paid = FALSE");
        }
        return where;
    }

    private Where reserveWhere(ReserveFilter f) {
        Where where = scoped("r", f.org(), f.q());
        where.sql.append(" AND r.active = TRUE");
        if (f.member() != null) {
            where.sql.append(f.member() ? " AND p.political_status <> 'NONE'" : " AND p.political_status = 'NONE'");
        }
        return where;
    }

    /** The data scope (always), the requested org's subtree and the name search, on a table aliased {@code alias}. */
    private Where scoped(String alias, Long org, String q) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), alias + ".org_id", alias + ".person_id");
        Where where = new Where(new StringBuilder(scoped.predicate()), new HashMap<>(scoped.params()));
        if (org != null) {
            where.sql.append(" AND ").append(ScopedSql.underOrg(alias + ".org_id", "org"));
            where.params.put("org", org);
        }
        if (q != null && !q.isBlank()) {
            where.sql.append(" AND p.name LIKE :q");
            where.params.put("q", "%" + q.trim().replace("%", "").replace("_", "") + "%");
        }
        return where;
    }

    private record Where(StringBuilder sql, Map<String, Object> params) {
    }

    /** Code labels and masking resolved once per query. */
    private final class Labels {
        private final Privacy.Masker masker = privacy.masker();
        private final Map<String, String> genders = codes.labels(CodeLists.GENDER);
        private final Map<String, String> educations = codes.labels(CodeLists.EDUCATION);

        String gender(ResultSet rs) throws SQLException {
            return genders.get(rs.getString("gender"));
        }

        String education(ResultSet rs) throws SQLException {
            return educations.get(rs.getString("education"));
        }

        String phone(ResultSet rs) throws SQLException {
            return masker.phone(rs.getString("phone"));
        }
    }
}
