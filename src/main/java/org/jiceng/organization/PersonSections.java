package org.jiceng.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sections of a person's page — the party group, the posts held (支委, then 村两委), the transfers, the honours
 * and, for the register's keepers, the flags — read in one statement, each section in the order of its own list
 * (newest first). The caller passes a person it has read through the data scope ({@link RegisterAccess#person}):
 * the sections belong to that person and are not checked again.
 */
@Component
class PersonSections {

    /** One person's sections; {@code partyGroup} is the group's short name, or null. */
    record Sections(String partyGroup, List<PostHolder> posts, List<Transfer> transfers, List<PersonHonour> honours,
                    List<PersonFlag> flags) {
    }

    // Each part answers the same columns, named and typed by the first; began (or yr) puts the newest first.
    private static final String PARTS = """
            SELECT 'GROUP' AS part, g.id, g.id AS org_id, g.short_name AS org_name, CAST(NULL AS BIGINT) AS ref_id,
                   CAST(NULL AS VARCHAR) AS ref_name, CAST(NULL AS VARCHAR) AS code, CAST(NULL AS VARCHAR) AS note,
                   CAST(NULL AS DATE) AS began, CAST(NULL AS DATE) AS ended, FALSE AS head, FALSE AS paid,
                   CAST(NULL AS INT) AS yr, CAST(NULL AS VARCHAR) AS recorded_by,
                   CAST(NULL AS TIMESTAMP) AS recorded_at, CAST(0 AS BIGINT) AS version
            FROM orgs g WHERE g.id = :group
            UNION ALL
            SELECT 'COMMITTEE', c.id, c.org_id, o.short_name, NULL, NULL, c.post, NULL, c.started_on, c.ended_on,
                   FALSE, FALSE, NULL, NULL, NULL, c.version
            FROM committee_posts c JOIN orgs o ON o.id = c.org_id WHERE c.person_id = :person
            UNION ALL
            SELECT 'VILLAGE', v.id, v.org_id, o.short_name, NULL, NULL, v.post, NULL, v.term_start, v.term_end,
                   v.concurrent_head, v.paid, NULL, NULL, NULL, v.version
            FROM village_cadres v JOIN orgs o ON o.id = v.org_id WHERE v.person_id = :person
            UNION ALL
            SELECT 'TRANSFER', t.id, t.from_org_id, f.short_name, t.to_org_id, o.short_name, NULL, t.reason,
                   t.transferred_on, NULL, FALSE, FALSE, NULL, t.recorded_by, t.recorded_at, 0
            FROM member_transfers t JOIN orgs f ON f.id = t.from_org_id JOIN orgs o ON o.id = t.to_org_id
            WHERE t.person_id = :person
            UNION ALL
            SELECT 'HONOUR', h.id, h.awarded_by_org_id, o.short_name, h.source_call_id, NULL, NULL, h.title, NULL,
                   NULL, FALSE, FALSE, h.honour_year, h.awarded_by, h.awarded_at, 0
            FROM person_honours h JOIN orgs o ON o.id = h.awarded_by_org_id WHERE h.person_id = :person""";

    private static final String FLAGS = """
            UNION ALL
            SELECT 'FLAG', f.id, NULL, NULL, NULL, NULL, f.kind, f.note, f.from_date, f.until_date, FALSE, FALSE,
                   NULL, f.recorded_by, f.recorded_at, f.version
            FROM person_flags f WHERE f.person_id = :person""";

    // By part first: the committee's posts come before the village's, as the page has always listed them.
    private static final String ORDER = " ORDER BY part, began DESC, yr DESC, id DESC";

    private final JdbcClient jdbc;
    private final CodeLists codes;

    PersonSections(JdbcClient jdbc, CodeLists codes) {
        this.jdbc = jdbc;
        this.codes = codes;
    }

    /** The sections of {@code person}, with the flags only when {@code withFlags} (members do not see theirs). */
    @Transactional(readOnly = true)
    Sections of(Person person, boolean withFlags) {
        Map<String, String> committee = codes.labels(CodeLists.COMMITTEE_POST);
        Map<String, String> village = codes.labels(CodeLists.VILLAGE_CADRE_POST);
        long id = person.id();
        List<String> group = new ArrayList<>();
        List<PostHolder> posts = new ArrayList<>();
        List<Transfer> transfers = new ArrayList<>();
        List<PersonHonour> honours = new ArrayList<>();
        List<PersonFlag> flags = new ArrayList<>();
        jdbc.sql(PARTS + (withFlags ? "\n" + FLAGS : "") + ORDER)
                .param("group", person.partyGroupId()).param("person", id)
                .query(rs -> {
                    switch (rs.getString("part")) {
                        case "GROUP" -> group.add(rs.getString("org_name"));
                        case "COMMITTEE" -> posts.add(post(rs, id, "支委 · " + committee.get(rs.getString("code"))));
                        case "VILLAGE" -> posts.add(post(rs, id, "村干部 · " + village.get(rs.getString("code"))));
                        case "TRANSFER" -> transfers.add(new Transfer(rs.getLong("id"),
                                rs.getObject("began", LocalDate.class), rs.getLong("org_id"), rs.getString("org_name"),
                                rs.getLong("ref_id"), rs.getString("ref_name"), rs.getString("note"),
                                rs.getString("recorded_by"), rs.getObject("recorded_at", LocalDateTime.class)));
                        case "HONOUR" -> honours.add(new PersonHonour(rs.getLong("id"), id, rs.getString("note"),
                                rs.getInt("yr"), rs.getLong("org_id"), rs.getString("org_name"),
                                rs.getObject("ref_id", Long.class), rs.getString("recorded_by"),
                                rs.getObject("recorded_at", LocalDateTime.class)));
                        case "FLAG" -> flags.add(new PersonFlag(rs.getLong("id"), id,
                                PersonFlagKind.valueOf(rs.getString("code")), rs.getObject("began", LocalDate.class),
                                rs.getObject("ended", LocalDate.class), rs.getString("note"),
                                rs.getString("recorded_by"), rs.getObject("recorded_at", LocalDateTime.class),
                                rs.getLong("version")));
                        default -> throw new IllegalStateException("unknown part " + rs.getString("part"));
                    }
                });
        return new Sections(group.isEmpty() ? null : group.get(0), posts, transfers, honours, flags);
    }

    private static PostHolder post(ResultSet rs, long personId, String label) throws SQLException {
        return new PostHolder(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"), personId, null,
                rs.getString("code"), label, rs.getObject("began", LocalDate.class),
                rs.getObject("ended", LocalDate.class), rs.getBoolean("head"), rs.getBoolean("paid"), null,
                rs.getLong("version"));
    }
}
