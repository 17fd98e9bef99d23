package org.jiceng.organization;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Figures of the register within the user's scope, for the home page and its charts. */
@Component
@Transactional(readOnly = true)
public class RegisterStats {

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final CodeLists codes;

    RegisterStats(JdbcClient jdbc, DataScope scope, CodeLists codes) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.codes = codes;
    }

    public record Summary(long townships, long branches, long partyGroups, long members, long probationary,
                          long migrant, long hardship, long lostContact, long women, long villagers) {
    }

    public Summary summary() {
        var orgScope = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "o.id", null);
        var orgCounts = new LinkedHashMap<String, Long>();
        jdbc.sql("SELECT o.org_type, COUNT(*) AS n FROM orgs o WHERE " + orgScope.predicate() + " GROUP BY o.org_type")
                .params(orgScope.params())
                .query(rs -> {
                    orgCounts.put(rs.getString("org_type"), rs.getLong("n"));
                });
        var people = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        return jdbc.sql("""
                SELECT SUM(CASE WHEN p.political_status <> 'NONE' THEN 1 ELSE 0 END) AS members,
                       SUM(CASE WHEN p.political_status = 'PROBATIONARY' THEN 1 ELSE 0 END) AS probationary,
                       SUM(CASE WHEN p.political_status <> 'NONE' AND p.migrant THEN 1 ELSE 0 END) AS migrant,
                       SUM(CASE WHEN p.political_status <> 'NONE' AND p.hardship THEN 1 ELSE 0 END) AS hardship,
                       SUM(CASE WHEN p.political_status <> 'NONE' AND p.lost_contact THEN 1 ELSE 0 END) AS lost,
                       SUM(CASE WHEN p.political_status <> 'NONE' AND p.gender = '2' THEN 1 ELSE 0 END) AS women,
                       SUM(CASE WHEN p.political_status = 'NONE' THEN 1 ELSE 0 END) AS villagers
                FROM people p WHERE\s""" + people.predicate())
                .params(people.params())
                .query((rs, i) -> new Summary(orgCounts.getOrDefault("TOWNSHIP", 0L),
                        orgCounts.getOrDefault("BRANCH", 0L) + orgCounts.getOrDefault("GENERAL_BRANCH", 0L),
                        orgCounts.getOrDefault("PARTY_GROUP", 0L), rs.getLong("members"), rs.getLong("probationary"),
                        rs.getLong("migrant"), rs.getLong("hardship"), rs.getLong("lost"), rs.getLong("women"),
                        rs.getLong("villagers")))
                .single();
    }

    /** Members by age band (under 35, 35–44, 45–54, 55–64, 65 and over), as rural registers report them. */
    public Map<String, Long> ageBands(int currentYear) {
        var people = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        Map<String, Long> bands = new LinkedHashMap<>();
        for (String band : new String[] {"35岁以下", "35-44岁", "45-54岁", "55-64岁", "65岁及以上"}) {
            bands.put(band, 0L);
        }
        jdbc.sql("""
                SELECT CASE WHEN :year - EXTRACT(YEAR FROM p.birth_date) < 35 THEN '35岁以下'
                            WHEN :year - EXTRACT(YEAR FROM p.birth_date) < 45 THEN '35-44岁'
                            WHEN :year - EXTRACT(YEAR FROM p.birth_date) < 55 THEN '45-54岁'
                            WHEN :year - EXTRACT(YEAR FROM p.birth_date) < 65 THEN '55-64岁'
                            ELSE '65岁及以上' END AS band, COUNT(*) AS n
                FROM people p WHERE p.political_status <> 'NONE' AND\s""" + people.predicate() + " GROUP BY 1")
                .params(people.params()).param("year", currentYear)
                .query(rs -> {
                    bands.put(rs.getString("band"), rs.getLong("n"));
                });
        return bands;
    }

    /** Members by education (学历 labels from the code list). */
    public Map<String, Long> education() {
        var people = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        Map<String, String> labels = codes.labels(CodeLists.EDUCATION);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT p.education, COUNT(*) AS n FROM people p WHERE p.political_status <> 'NONE' AND "
                        + people.predicate() + " GROUP BY p.education ORDER BY p.education")
                .params(people.params())
                .query(rs -> {
                    String code = rs.getString("education");
                    counts.merge(code == null ? "未填" : labels.getOrDefault(code, code), rs.getLong("n"), Long::sum);
                });
        return counts;
    }

    /** Members per child org of the user's root (townships for the county, villages for a township). */
    public Map<String, Long> membersByChild() {
        Map<String, Long> counts = new LinkedHashMap<>();
        var s = scope.scope(ScopeKind.REGISTER);
        if (s.extent() != org.jiceng.shared.Scope.Extent.SUBTREE) {
            return counts;
        }
        // Members are registered at their branch; a party group's are those the branch assigned to it.
        jdbc.sql("""
                SELECT o.short_name, CASE WHEN o.org_type = 'PARTY_GROUP'
                    THEN (SELECT COUNT(*) FROM people p WHERE p.party_group_id = o.id AND p.political_status <> 'NONE')
                    ELSE (SELECT COALESCE(SUM(c.members), 0) FROM org_tree t
                          JOIN org_member_counts c ON c.org_id = t.descendant_id
                          WHERE t.ancestor_id = o.id) END AS n
                FROM orgs o WHERE o.parent_id = ? ORDER BY o.sort_order, o.id""").param(s.orgId())
                .query(rs -> {
                    counts.put(rs.getString("short_name"), rs.getLong("n"));
                });
        return counts;
    }
}
