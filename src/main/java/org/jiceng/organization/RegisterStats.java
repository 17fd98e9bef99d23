package org.jiceng.organization;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.Scope;
import org.jiceng.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Figures of the register within the user's scope, for the home page and its charts. */
@Component
@Transactional(readOnly = true)
public class RegisterStats {

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final CodeLists codes;
    private final RegisterFigures own;

    private static final String[] BANDS = {"35岁以下", "35-44岁", "45-54岁", "55-64岁", "65岁及以上"};

    RegisterStats(JdbcClient jdbc, DataScope scope, CodeLists codes, RegisterFigures own) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.codes = codes;
        this.own = own;
    }

    public record Summary(long townships, long branches, long partyGroups, long members, long probationary,
                          long migrant, long hardship, long lostContact, long women, long villagers) {
    }

    /** The scope's orgs by type and people by status and flag, read from the rollup ({@link RegisterFigures}). */
    public Summary summary() {
        Map<String, Long> f = figures("orgs:", "status:", "flag:");
        long members = f.getOrDefault("status:FULL", 0L) + f.getOrDefault("status:PROBATIONARY", 0L);
        return new Summary(f.getOrDefault("orgs:TOWNSHIP", 0L),
                f.getOrDefault("orgs:BRANCH", 0L) + f.getOrDefault("orgs:GENERAL_BRANCH", 0L),
                f.getOrDefault("orgs:PARTY_GROUP", 0L), members, f.getOrDefault("status:PROBATIONARY", 0L),
                f.getOrDefault("flag:migrant", 0L), f.getOrDefault("flag:hardship", 0L),
                f.getOrDefault("flag:lost_contact", 0L), f.getOrDefault("flag:women", 0L),
                f.getOrDefault("status:NONE", 0L));
    }

    /** Members by age band (under 35, 35–44, 45–54, 55–64, 65 and over), as rural registers report them. */
    public Map<String, Long> ageBands(int currentYear) {
        Map<String, Long> bands = new LinkedHashMap<>();
        for (String band : BANDS) {
            bands.put(band, 0L);
        }
        figures("birth_year:").forEach((figure, n) -> {
            int age = currentYear - Integer.parseInt(figure.substring("birth_year:".length()));
            bands.merge(BANDS[age < 35 ? 0 : age < 45 ? 1 : age < 55 ? 2 : age < 65 ? 3 : 4], n, Long::sum);
        });
        return bands;
    }

    /** Members by education (学历 labels from the code list). */
    public Map<String, Long> education() {
        Map<String, String> labels = codes.labels(CodeLists.EDUCATION);
        Map<String, Long> counts = new LinkedHashMap<>();
        // By code, members without one (未填) last.
        var byCode = new TreeMap<String, Long>(Comparator.comparing(String::isEmpty).thenComparing(c -> c));
        figures("education:").forEach((figure, n) -> byCode.put(figure.substring("education:".length()), n));
        byCode.forEach((code, n) -> {
            if (n > 0) {
                counts.merge(code.isEmpty() ? "未填" : labels.getOrDefault(code, code), n, Long::sum);
            }
        });
        return counts;
    }

    /**
     * The scope's figures whose names start with one of the prefixes: the rollup row of the user's org for a subtree
     * (a few dozen rows, however many people are under it), the member's own for a member, none otherwise.
     */
    private Map<String, Long> figures(String... prefixes) {
        Map<String, Long> figures = new HashMap<>(allFigures());
        figures.keySet().removeIf(figure -> Arrays.stream(prefixes).noneMatch(figure::startsWith));
        return figures;
    }

    /** Every figure of the scope, read once per request (the home page asks for three kinds of them). */
    private Map<String, Long> allFigures() {
        Scope s = scope.scope(ScopeKind.REGISTER);
        String key = RegisterStats.class.getName() + ".figures:" + s;
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Map<?, ?> known) {
            @SuppressWarnings("unchecked")
            Map<String, Long> kept = (Map<String, Long>) known;
            return kept;
        }
        Map<String, Long> figures = new HashMap<>();
        if (s.extent() == Scope.Extent.SUBTREE) {
            jdbc.sql("SELECT figure, total FROM org_register_figures WHERE org_id = ?").param(s.orgId())
                    .query(rs -> {
                        figures.put(rs.getString("figure"), rs.getLong("total"));
                    });
        } else if (s.extent() == Scope.Extent.SELF) {
            own.of(s.personId()).figures().forEach(figure -> figures.put(figure, 1L));
        }
        if (request != null) {
            request.setAttribute(key, Map.copyOf(figures), RequestAttributes.SCOPE_REQUEST);
        }
        return figures;
    }

    /** Members per child org of the user's root (townships for the county, villages for a township). */
    public Map<String, Long> membersByChild() {
        Map<String, Long> counts = new LinkedHashMap<>();
        var s = scope.scope(ScopeKind.REGISTER);
        if (s.extent() != Scope.Extent.SUBTREE) {
            return counts;
        }
        // Members are registered at their branch; a party group's are those the branch assigned to it.
        jdbc.sql("""
                SELECT o.short_name, CASE WHEN o.org_type = 'PARTY_GROUP'
                    THEN (SELECT COUNT(*) FROM people p WHERE p.party_group_id = o.id AND p.political_status <> 'NONE')
                    ELSE (SELECT COALESCE(SUM(f.total), 0) FROM org_register_figures f
                          WHERE f.org_id = o.id AND f.figure IN ('status:FULL', 'status:PROBATIONARY')) END AS n
                FROM orgs o WHERE o.parent_id = ? ORDER BY o.sort_order, o.id""").param(s.orgId())
                .query(rs -> {
                    counts.put(rs.getString("short_name"), rs.getLong("n"));
                });
        return counts;
    }
}
