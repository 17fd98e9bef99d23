package org.jiceng.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code org_register_figures} — the home page's register figures of every org's whole subtree (orgs by type,
 * people by political status; members by flag, birth year and 学历) — in step with the people register, so the home
 * page of a county or a province reads a few dozen rows instead of counting its people. Every write of a person takes the
 * person's {@link #of figures} before and after and passes both to {@link #change}, in the same transaction; the
 * difference is added to the person's org and every org above it (a transfer within a township leaves the township
 * and everything above untouched). Each batch of changes is applied in (org, figure) order, so two writers' changes
 * lock the shared rows above them (the county's, the province's) in the same order; a figure an org does not have
 * yet is inserted by the same {@code MERGE} (two writers creating the same new row at once: one fails and its write
 * rolls back whole). Bulk loaders that write people directly (demo, generator, test fixtures) {@link #rebuild}.
 */
@Component
public class RegisterFigures {

    /** The figures of everyone registered directly with each org; {@link #rebuild} sums them up the tree (as V65). */
    static final String BY_ORG = """
            SELECT org_id, figure, COUNT(*) AS total FROM (
                SELECT id AS org_id, 'orgs:' || org_type AS figure FROM orgs
                UNION ALL SELECT org_id, 'status:' || political_status FROM people
                UNION ALL SELECT org_id, 'flag:migrant' FROM people WHERE political_status <> 'NONE' AND migrant
                UNION ALL SELECT org_id, 'flag:hardship' FROM people WHERE political_status <> 'NONE' AND hardship
                UNION ALL SELECT org_id, 'flag:lost_contact' FROM people
                    WHERE political_status <> 'NONE' AND lost_contact
                UNION ALL SELECT org_id, 'flag:women' FROM people WHERE political_status <> 'NONE' AND gender = '2'
                UNION ALL SELECT org_id,
                    'birth_year:' || CAST(CAST(EXTRACT(YEAR FROM birth_date) AS INTEGER) AS VARCHAR(4))
                    FROM people WHERE political_status <> 'NONE'
                UNION ALL SELECT org_id, 'education:' || COALESCE(education, '') FROM people
                    WHERE political_status <> 'NONE'
            ) x GROUP BY org_id, figure""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    RegisterFigures(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Where a person counts and as what: read before and after a write of the person. */
    public record Counted(long orgId, List<String> figures) {

        static final Counted NOBODY = new Counted(0, List.of());

        /** The figures a person with these values counts in: everyone by status, members also by flag, year, 学历. */
        static Counted of(long orgId, String politicalStatus, String gender, int birthYear, String education,
                          boolean migrant, boolean hardship, boolean lostContact) {
            List<String> figures = new ArrayList<>();
            figures.add("status:" + politicalStatus);
            if (!PoliticalStatus.NONE.name().equals(politicalStatus)) {
                figures.add("birth_year:" + birthYear);
                figures.add("education:" + (education == null ? "" : education));
                addIf(figures, migrant, "flag:migrant");
                addIf(figures, hardship, "flag:hardship");
                addIf(figures, lostContact, "flag:lost_contact");
                addIf(figures, "2".equals(gender), "flag:women");
            }
            return new Counted(orgId, figures);
        }

        private static void addIf(List<String> figures, boolean yes, String figure) {
            if (yes) {
                figures.add(figure);
            }
        }
    }

    /** The person's figures as the register holds them now (nobody when the person does not exist). */
    public Counted of(long personId) {
        return jdbc.sql("""
                SELECT org_id, political_status, gender, birth_date, education, migrant, hardship, lost_contact
                FROM people WHERE id = ?""").param(personId)
                .query((rs, i) -> Counted.of(rs.getLong("org_id"), rs.getString("political_status"),
                        rs.getString("gender"), rs.getObject("birth_date", java.time.LocalDate.class).getYear(),
                        rs.getString("education"), rs.getBoolean("migrant"), rs.getBoolean("hardship"),
                        rs.getBoolean("lost_contact")))
                .optional().orElse(Counted.NOBODY);
    }

    /** A person's write went from {@code before} to {@code after}: the orgs above both follow. */
    public void change(Counted before, Counted after) {
        if (before.equals(after)) {
            return;
        }
        Map<Key, Long> deltas = new TreeMap<>();
        Map<Long, List<Long>> above = new HashMap<>();
        spread(before, -1, deltas, above);
        spread(after, 1, deltas, above);
        apply(deltas);
    }

    /** People added in bulk (an import): each one's figures join its org and the orgs above. */
    void added(List<Counted> people) {
        Map<Key, Long> deltas = new TreeMap<>();
        Map<Long, List<Long>> above = new HashMap<>();
        people.forEach(p -> spread(p, 1, deltas, above));
        apply(deltas);
    }

    /** A new org counts as one of its type in itself and every org above it. */
    void orgAdded(long orgId, OrgType type) {
        Map<Key, Long> deltas = new TreeMap<>();
        ancestors(orgId).forEach(org -> deltas.put(new Key(org, "orgs:" + type.name()), 1L));
        apply(deltas);
    }

    /**
     * An org moves with its subtree: its figures (its whole subtree's) leave the orgs above it before the move
     * ({@code leaving}) and join the new ones after it.
     */
    void subtreeMoved(long orgId, boolean leaving) {
        Map<String, Long> own = new HashMap<>();
        jdbc.sql("SELECT figure, total FROM org_register_figures WHERE org_id = ?").param(orgId)
                .query(rs -> {
                    own.put(rs.getString("figure"), rs.getLong("total"));
                });
        Map<Key, Long> deltas = new TreeMap<>();
        for (long above : ancestors(orgId)) {
            if (above != orgId) {
                own.forEach((figure, n) -> deltas.merge(new Key(above, figure), leaving ? -n : n, Long::sum));
            }
        }
        apply(deltas);
    }

    /** Recounts every org's figures from the register (after bulk writes that bypass {@link #change}). */
    public static void rebuild(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM org_register_figures").update();
        jdbc.sql("INSERT INTO org_register_figures (org_id, figure, total)"
                + " SELECT t.ancestor_id, d.figure, SUM(d.total) FROM (" + BY_ORG + ") d"
                + " JOIN org_tree t ON t.descendant_id = d.org_id GROUP BY t.ancestor_id, d.figure").update();
    }

    private void spread(Counted person, long sign, Map<Key, Long> deltas, Map<Long, List<Long>> above) {
        if (person.figures().isEmpty()) {
            return;
        }
        for (long org : above.computeIfAbsent(person.orgId(), this::ancestors)) {
            for (String figure : person.figures()) {
                deltas.merge(new Key(org, figure), sign, Long::sum);
            }
        }
    }

    private List<Long> ancestors(long orgId) {
        return jdbc.sql("SELECT ancestor_id FROM org_tree WHERE descendant_id = ?").param(orgId)
                .query(Long.class).list();
    }

    /** Adds each delta to its row, creating rows not there yet, in key order. */
    private void apply(Map<Key, Long> deltas) {
        var changes = deltas.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> new MapSqlParameterSource("org", e.getKey().orgId()).addValue("figure", e.getKey().figure())
                        .addValue("delta", e.getValue()))
                .toArray(MapSqlParameterSource[]::new);
        if (changes.length == 0) {
            return;
        }
        batch.batchUpdate("""
                MERGE INTO org_register_figures f
                USING (SELECT CAST(:org AS BIGINT) AS org_id, CAST(:figure AS VARCHAR(40)) AS figure) s
                ON f.org_id = s.org_id AND f.figure = s.figure
                WHEN MATCHED THEN UPDATE SET total = f.total + :delta
                WHEN NOT MATCHED THEN INSERT (org_id, figure, total) VALUES (s.org_id, s.figure, :delta)""", changes);
    }

    private record Key(long orgId, String figure) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byOrg = Long.compare(orgId, other.orgId);
            return byOrg != 0 ? byOrg : figure.compareTo(other.figure);
        }
    }
}
