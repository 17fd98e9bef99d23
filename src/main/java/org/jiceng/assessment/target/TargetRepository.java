package org.jiceng.assessment.target;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of township targets and the lookups that judge them against campaigns. */
@Repository
class TargetRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    TargetRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    long insert(TargetForm f, String label, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO township_targets (org_id, target_year, kind, family, grade, target_value, label, created_by,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(f.orgId(), f.year(), f.kind().name(), f.family(), f.grade().strip(), f.value(), label, username,
                        LocalDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeNamed(id, f.named());
        return id;
    }

    void update(long id, TargetForm f, String label, long version) {
        if (jdbc.sql("""
                UPDATE township_targets SET kind = ?, family = ?, grade = ?, target_value = ?, label = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(f.kind().name(), f.family(), f.grade().strip(), f.value(), label, id, version).update() != 1) {
            throw new StaleEditException("该目标");
        }
        jdbc.sql("DELETE FROM township_target_orgs WHERE target_id = ?").param(id).update();
        writeNamed(id, f.named());
    }

    void delete(long id, long version) {
        if (jdbc.sql("DELETE FROM township_targets WHERE id = ? AND version = ?").params(id, version).update() != 1) {
            throw new StaleEditException("该目标");
        }
    }

    private void writeNamed(long id, List<Long> named) {
        for (Long org : named) {
            jdbc.sql("INSERT INTO township_target_orgs (target_id, org_id) VALUES (?, ?)").params(id, org).update();
        }
    }

    Optional<Long> orgOf(long id) {
        return jdbc.sql("SELECT org_id FROM township_targets WHERE id = ?").param(id).query(Long.class).optional();
    }

    Optional<Target> find(long id) {
        return load(new ScopedSql("t.id = :id", Map.of("id", id))).stream().findFirst();
    }

    /** Targets of the townships in scope (under {@code underOrg}), for a year when given. */
    List<Target> list(ScopedSql scope, Long underOrg, Integer year) {
        Map<String, Object> params = new HashMap<>(scope.params());
        StringBuilder where = new StringBuilder(scope.predicate());
        if (underOrg != null) {
            where.append(" AND ").append(ScopedSql.underOrg("t.org_id", "underOrg"));
            params.put("underOrg", underOrg);
        }
        if (year != null) {
            where.append(" AND t.target_year = :year");
            params.put("year", year);
        }
        return load(new ScopedSql(where.toString(), params));
    }

    private List<Target> load(ScopedSql where) {
        List<Target> targets = jdbc.sql("""
                SELECT t.*, o.name AS org_name FROM township_targets t JOIN orgs o ON o.id = t.org_id
                WHERE""" + " " + where.predicate() + " ORDER BY t.target_year DESC, o.sort_order, o.id, t.id")
                .params(where.params())
                .query((rs, n) -> new Target(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"),
                        rs.getInt("target_year"), Target.Kind.valueOf(rs.getString("kind")), rs.getString("family"),
                        rs.getString("grade"), rs.getBigDecimal("target_value"), rs.getString("label"), List.of(),
                        List.of(), rs.getLong("version")))
                .list();
        if (targets.isEmpty()) {
            return targets;
        }
        Map<Long, List<Long>> ids = new HashMap<>();
        Map<Long, List<String>> names = new HashMap<>();
        jdbc.sql("""
                SELECT x.target_id, x.org_id, o.short_name FROM township_target_orgs x JOIN orgs o ON o.id = x.org_id
                WHERE x.target_id IN (:ids) ORDER BY o.sort_order, o.id""")
                .param("ids", targets.stream().map(Target::id).toList())
                .query(rs -> {
                    ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
                });
        return targets.stream().map(t -> new Target(t.id(), t.orgId(), t.orgName(), t.year(), t.kind(), t.family(),
                t.grade(), t.value(), t.label(), ids.getOrDefault(t.id(), List.of()),
                names.getOrDefault(t.id(), List.of()), t.version())).toList();
    }

    /** The village branches directly under a township: id → short name. */
    Map<Long, String> villages(long townshipId) {
        Map<Long, String> villages = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, short_name FROM orgs WHERE parent_id = ? AND org_type IN ('BRANCH', 'GENERAL_BRANCH')
                ORDER BY sort_order, id""").param(townshipId)
                .query(rs -> {
                    villages.put(rs.getLong(1), rs.getString(2));
                });
        return villages;
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
    }
}
