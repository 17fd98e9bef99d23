package org.jiceng.organization;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.ScopeKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and exports of people: always restricted to the user's data scope, then to the requested org's whole
 * subtree and the filters. Masks numbers as the privacy settings say.
 */
@Component
@Transactional(readOnly = true)
public class PeopleQueries {

    static final Map<String, String> SORTS = Map.of(
            "name", "p.name", "birthDate", "p.birth_date", "joinedOn", "p.joined_on", "org", "o.sort_order");
    /**
     * The same for a search that counts its matches in the pass reading its page: sorted by the name as an
     * expression, which no index serves, so PostgreSQL reads the matches and sorts them rather than walking the whole
     * name index in order to feed the count (the same order: concatenating '' keeps the name's collation).
     */
    static final Map<String, String> SEARCH_SORTS = Map.of(
            "name", "(p.name || '')", "birthDate", "p.birth_date", "joinedOn", "p.joined_on", "org", "o.sort_order");

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Privacy privacy;
    private final CodeLists codes;
    private final OrgTree tree;
    private final javax.sql.DataSource dataSource;
    private volatile Boolean postgres;
    /** How far a broad search ({@link NameSearch#broad()}) is counted. */
    long broadSearchCount;

    PeopleQueries(JdbcClient jdbc, DataScope scope, Privacy privacy, CodeLists codes, OrgTree tree,
                  javax.sql.DataSource dataSource,
                  @Value("${jiceng.register.broad-search-count:1000}")
                  long broadSearchCount) {
        this.jdbc = jdbc;
        this.broadSearchCount = broadSearchCount;
        this.dataSource = dataSource;
        this.scope = scope;
        this.privacy = privacy;
        this.codes = codes;
        this.tree = tree;
    }

    public PageResult<PersonRow> search(PeopleFilter filter, PageQuery page) {
        planSearchForItsValues(filter);
        Where where = where(filter);
        String matching = "SELECT COUNT(*) FROM people p WHERE " + where.sql;
        String rowsWhere = where.sql;
        if (where.broad()) {
            matching = "SELECT COUNT(*) FROM (" + where.firstByName(broadSearchCount + 1) + ") c";
            // The page needs only the first offset + size of them by name: each branch stops there.
            rowsWhere = "p.id IN (" + where.firstByName(Math.min(broadSearchCount, page.offset() + page.size())) + ")";
        }
        var rows = new java.util.ArrayList<PersonRow>();
        Mapper mapper = new Mapper();
        // A search reads every match to count them anyway (H2 has no index for LIKE '%…%'; PostgreSQL's trigram
        // index, when it serves, gives the matches unordered), so its page counts them in the same pass: one read
        // instead of two (docs/benchmarks.md). Not a list, whose page is read through an index without the rest, nor
        // a broad search, which is counted only up to its limit.
        boolean countsItself = filter.q() != null && !filter.q().isBlank() && !where.broad();
        long[] counted = {-1};
        String order = page.orderBy(countsItself ? SEARCH_SORTS : SORTS, "name", "p.id");
        String sql;
        if (countsItself && !"org".equals(page.sort()) && isPostgres()) {
            // The matches are found, counted and paged by id first, which the index of org, status and name (with
            // the id) answers without reading the people's rows; then only the page's rows are read. Not on H2,
            // which reads the derived table again for every person it joins (two minutes for a county's surname).
            sql = select(", m.matching") + " JOIN (SELECT p.id, COUNT(*) OVER () AS matching FROM people p WHERE "
                    + rowsWhere + " ORDER BY " + order + " LIMIT :limit OFFSET :offset) m ON m.id = p.id ORDER BY "
                    + order;
        } else {
            sql = select(countsItself ? ", COUNT(*) OVER () AS matching" : "") + " WHERE " + rowsWhere
                    + " ORDER BY " + order + " LIMIT :limit OFFSET :offset";
        }
        jdbc.sql(sql)
                .params(where.params).param("limit", page.size()).param("offset", page.offset())
                .query(rs -> {
                    rows.add(mapper.map(rs));
                    if (countsItself) {
                        counted[0] = rs.getLong("matching");
                    }
                });
        if (counted[0] >= 0) {
            return new PageResult<>(rows, page.page(), page.size(), counted[0]);
        }
        // A page that is not full and not past the end is the last one: the rows give the total without a count
        // (a search by a full name, a list's last page) — unless a broad search's limit is what ended them.
        if (!rows.isEmpty() && rows.size() < page.size()
                && (!where.broad() || page.offset() + rows.size() < broadSearchCount)) {
            return new PageResult<>(rows, page.page(), page.size(), page.offset() + rows.size());
        }
        long total = jdbc.sql(matching).params(where.params).query(Long.class).single();
        boolean capped = where.broad() && total > broadSearchCount;
        return new PageResult<>(rows, page.page(), page.size(), capped ? broadSearchCount : total, capped);
    }

    /** Streams every matching row (for exports) without holding the list in memory. */
    public void forEach(PeopleFilter filter, String sort, boolean descending, Consumer<PersonRow> consumer) {
        planSearchForItsValues(filter);
        Where where = where(filter);
        Mapper mapper = new Mapper();
        jdbc.sql(select("") + " WHERE " + where.sql + " ORDER BY "
                        + new PageQuery(1, 1, sort, descending).orderBy(SORTS, "name", "p.id"))
                .params(where.params).withFetchSize(500)
                .query(rs -> {
                    consumer.accept(mapper.map(rs));
                });
    }

    /**
     * Streams the whole records of the matching people (the register export, the 采集表 of a branch or township),
     * masked for the user's role when {@code masked}.
     */
    public void forEachRecord(PeopleFilter filter, String sort, boolean descending, boolean masked,
                              Consumer<RegisterRecord> consumer) {
        planSearchForItsValues(filter);
        Where where = where(filter);
        Privacy.Masker masker = privacy.masker();
        jdbc.sql("SELECT " + PeopleRepository.COLUMNS.replaceAll("(\\w+)", "p.$1")
                        + ", o.name AS branch_name, o.short_name AS branch_short_name, po.name AS township_name"
                        + " FROM people p JOIN orgs o ON o.id = p.org_id LEFT JOIN orgs po ON po.id = o.parent_id"
                        + " WHERE " + where.sql + " ORDER BY "
                        + new PageQuery(1, 1, sort, descending).orderBy(SORTS, "name", "p.id"))
                .params(where.params).withFetchSize(500)
                .query(rs -> {
                    Person p = PeopleRepository.map(rs);
                    if (masked) {
                        p = new Person(p.id(), p.orgId(), p.partyGroupId(), p.name(), p.gender(), p.ethnicity(),
                                masker.idNumber(p.idNumber()), p.birthDate(), p.education(), p.workPost(),
                                p.legacyCategory(), p.politicalStatus(), p.joinedOn(), p.confirmedOn(), p.job(),
                                masker.phone(p.phone()), p.landlineArea(), masker.phone(p.landlineNumber()),
                                p.address(), p.membershipStatus(), p.lostContact(), p.lostContactOn(), p.migrant(),
                                p.migrantDestination(), p.hardship(), p.hardshipNote(), p.version());
                    }
                    consumer.accept(new RegisterRecord(p, rs.getString("branch_name"),
                            rs.getString("branch_short_name"), rs.getString("township_name")));
                });
    }

    /**
     * On PostgreSQL, a search by text is planned for its values every time. After a few runs of a prepared statement
     * PostgreSQL may keep a generic plan, made without knowing the user's org: it guesses a subtree of 15 orgs and
     * probes the trigram index once per org, which for a province root (40,851 orgs) ran for minutes; planned for
     * the values, the index is read once and the scope checked per match (13 ms for a full name, see
     * docs/benchmarks.md). Nor is it given parallel workers: under many users they only add processes competing for
     * the same cores (a county's search then took 2 processes, and every other page waited longer). Both last until
     * the end of this read-only transaction.
     */
    private void planSearchForItsValues(PeopleFilter filter) {
        if (filter.q() != null && !filter.q().isBlank() && isPostgres()) {
            jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
                    + " set_config('max_parallel_workers_per_gather', '0', true)").query().singleRow();
        }
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try (var connection = dataSource.getConnection()) {
                postgres = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return postgres;
    }

    /** The list's columns, then {@code extra} ones, from people with their org and its parent. */
    private static String select(String extra) {
        return """
                SELECT p.id, p.name, p.gender, p.birth_date, p.id_number, p.phone, p.political_status, p.joined_on,
                       p.membership_status, p.education, p.org_id, o.short_name AS org_name,
                       po.short_name AS parent_org_name, p.migrant, p.hardship, p.lost_contact"""
                + extra + " FROM people p JOIN orgs o ON o.id = p.org_id LEFT JOIN orgs po ON po.id = o.parent_id";
    }

    private Where where(PeopleFilter f) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        StringBuilder sql = new StringBuilder();
        List<String> branches = List.of();
        Map<String, Object> params = new HashMap<>(scoped.params());
        // The requested org's subtree comes first: H2 drives the index by the first IN, and the org is the narrower.
        if (f.org() != null) {
            // A party group's members carry it in party_group_id; anything else lists its subtree. Choosing one
            // predicate (not an OR of both) keeps the query on the org index instead of scanning all people.
            boolean group = tree.find(f.org()).map(o -> o.type() == OrgType.PARTY_GROUP).orElse(false);
            sql.append(group ? "p.party_group_id = :org" : ScopedSql.underOrg("p.org_id", "org")).append(" AND ");
            params.put("org", f.org());
        }
        sql.append(scoped.predicate());
        if (f.kindOrMembers() == PeopleFilter.Kind.MEMBERS) {
            sql.append(" AND p.political_status IN ('FULL', 'PROBATIONARY')");
        } else {
            sql.append(" AND p.political_status = 'NONE'");
        }
        PoliticalStatus status = PoliticalStatus.parse(f.politicalStatus());
        if (status != null) {
            sql.append(" AND p.political_status = :status");
            params.put("status", status.name());
        }
        if (f.q() != null && !f.q().isBlank()) {
            long where = f.org() != null ? f.org() : scope.requireActor().orgId();
            boolean wide = tree.find(where).map(o -> o.type() == OrgType.PROVINCE || o.type() == OrgType.CITY)
                    .orElse(false);
            NameSearch search = NameSearch.of(f.q(), wide);
            params.putAll(search.params());
            branches = search.branches();
            if (!search.broad()) {
                sql.append(" AND ").append(search.predicate());
            }
        }
        addEquals(sql, params, "p.membership_status", "membershipStatus", f.membershipStatus());
        addEquals(sql, params, "p.gender", "gender", f.gender());
        addFlag(sql, "p.migrant", f.migrant());
        addFlag(sql, "p.hardship", f.hardship());
        addFlag(sql, "p.lost_contact", f.lostContact());
        if (!branches.isEmpty()) {
            return new Where(sql + " AND (" + String.join(" OR ", branches) + ")", params, sql.toString(), branches);
        }
        return new Where(sql.toString(), params, null, branches);
    }

    private static void addEquals(StringBuilder sql, Map<String, Object> params, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value.trim());
        }
    }

    private static void addFlag(StringBuilder sql, String column, Boolean value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(value ? " = TRUE" : " = FALSE");
        }
    }

    /**
     * The filter as SQL; for a broad search ({@link NameSearch#broad()}) also the filter without the text
     * ({@code base}) and the text's branches, to read each branch on its own in name order.
     */
    private record Where(String sql, Map<String, Object> params, String base, List<String> branches) {

        boolean broad() {
            return !branches.isEmpty();
        }

        /** The ids of the first {@code n} matching people by name: the first n of each branch, merged. */
        String firstByName(long n) {
            String each = branches.stream()
                    .map(b -> "(SELECT p.id, p.name FROM people p WHERE " + base + " AND " + b
                            + " ORDER BY p.name, p.id LIMIT " + n + ")")
                    .collect(java.util.stream.Collectors.joining(" UNION "));
            return "SELECT b.id FROM (" + each + ") b ORDER BY b.name, b.id LIMIT " + n;
        }
    }

    /** Maps rows with code labels and masking resolved once per query. */
    private final class Mapper {
        private final Privacy.Masker masker = privacy.masker();
        private final Map<String, String> genders = codes.labels(CodeLists.GENDER);
        private final Map<String, String> statuses = codes.labels(CodeLists.MEMBERSHIP_STATUS);
        private final Map<String, String> educations = codes.labels(CodeLists.EDUCATION);

        PersonRow map(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new PersonRow(rs.getLong("id"), rs.getString("name"), genders.get(rs.getString("gender")),
                    rs.getObject("birth_date", LocalDate.class), masker.idNumber(rs.getString("id_number")),
                    masker.phone(rs.getString("phone")),
                    PoliticalStatus.valueOf(rs.getString("political_status")).label(),
                    rs.getObject("joined_on", LocalDate.class), statuses.get(rs.getString("membership_status")),
                    educations.get(rs.getString("education")), rs.getLong("org_id"), rs.getString("org_name"),
                    rs.getString("parent_org_name"), rs.getBoolean("migrant"), rs.getBoolean("hardship"),
                    rs.getBoolean("lost_contact"));
        }
    }
}
