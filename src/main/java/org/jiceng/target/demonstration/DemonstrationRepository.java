package org.jiceng.target.demonstration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Text;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of demonstration village designations. */
@Repository
class DemonstrationRepository {

    static final String KINDS = "DEMONSTRATION_KIND";

    private static final String SELECT = """
            SELECT d.*, v.short_name AS village_name, n.short_name AS named_by_name FROM demonstration_villages d
            JOIN orgs v ON v.id = d.village_id JOIN orgs n ON n.id = d.named_by_org_id""";

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final Clock clock;

    DemonstrationRepository(JdbcClient jdbc, CodeLists codes, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.clock = clock;
    }

    long insert(DesignationForm f, long namedBy, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO demonstration_villages (village_id, named_by_org_id, demo_year, kind, named_on, note,
                    created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(f.villageId(), namedBy, f.year(), f.kind(), f.namedOn(),
                        Text.clean(f.note()), username,
                        LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean exists(long villageId, int year, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM demonstration_villages WHERE village_id = ? AND demo_year = ? AND kind = ?")
                .params(villageId, year, kind).query(Long.class).single() > 0;
    }

    Optional<Designation> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(mapper()).optional();
    }

    /** Designations of villages under an org in a year, the user's scope applied. */
    List<Designation> under(ScopedSql scoped, long orgId, int year) {
        return jdbc.sql(SELECT + ScopedSql.joinUnder("d.village_id", "orgId") + " WHERE d.demo_year = :year AND "
                        + scoped.predicate() + " ORDER BY n.id, v.sort_order, d.kind")
                .params(scoped.params()).param("orgId", orgId).param("year", year).query(mapper()).list();
    }

    RowMapper<Designation> mapper() {
        Map<String, String> kinds = codes.labels(KINDS);
        return (rs, i) -> new Designation(rs.getLong("id"), rs.getLong("village_id"), rs.getString("village_name"),
                rs.getLong("named_by_org_id"), rs.getString("named_by_name"), rs.getInt("demo_year"),
                rs.getString("kind"), kinds.getOrDefault(rs.getString("kind"), rs.getString("kind")),
                rs.getObject("named_on", LocalDate.class), rs.getString("note"), rs.getString("created_by"),
                rs.getObject("created_at", LocalDateTime.class), rs.getLong("version"));
    }
}
