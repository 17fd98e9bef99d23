package org.jiceng.organization;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.configuration.CodeLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the posts of one org the caller has checked is in scope: committee, village cadres, reserve cadres. */
@Component
@Transactional(readOnly = true)
public class PostQueries {

    private final JdbcClient jdbc;
    private final CodeLists codes;

    PostQueries(JdbcClient jdbc, CodeLists codes) {
        this.jdbc = jdbc;
        this.codes = codes;
    }

    /** Current committee members in post order (书记 first). */
    public List<PostHolder> currentCommittee(long orgId) {
        var labels = codes.labels(CodeLists.COMMITTEE_POST);
        return jdbc.sql("""
                SELECT c.id, c.org_id, c.person_id, p.name, c.post, c.started_on, c.ended_on, c.version
                FROM committee_posts c JOIN people p ON p.id = c.person_id
                WHERE c.org_id = ? AND c.ended_on IS NULL ORDER BY c.post, c.started_on""").param(orgId)
                .query((rs, i) -> new PostHolder(rs.getLong("id"), rs.getLong("org_id"), null, rs.getLong("person_id"),
                        rs.getString("name"), rs.getString("post"), labels.get(rs.getString("post")),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                        false, false, null, rs.getLong("version")))
                .list();
    }

    /** Village cadres of the org whose term has not ended. */
    public List<PostHolder> villageCadres(long orgId) {
        var labels = codes.labels(CodeLists.VILLAGE_CADRE_POST);
        return jdbc.sql("""
                SELECT v.id, v.org_id, v.person_id, p.name, v.post, v.term_start, v.term_end, v.concurrent_head,
                       v.paid, v.version
                FROM village_cadres v JOIN people p ON p.id = v.person_id
                WHERE v.org_id = ? AND (v.term_end IS NULL OR v.term_end >= CURRENT_DATE)
                ORDER BY v.post, v.term_start""").param(orgId)
                .query((rs, i) -> new PostHolder(rs.getLong("id"), rs.getLong("org_id"), null, rs.getLong("person_id"),
                        rs.getString("name"), rs.getString("post"), labels.get(rs.getString("post")),
                        rs.getObject("term_start", LocalDate.class), rs.getObject("term_end", LocalDate.class),
                        rs.getBoolean("concurrent_head"), rs.getBoolean("paid"), null, rs.getLong("version")))
                .list();
    }

    /** Active reserve cadres of the org. */
    public List<PostHolder> reserveCadres(long orgId) {
        return jdbc.sql("""
                SELECT r.id, r.org_id, r.person_id, p.name, r.target_post, r.since, r.note, r.version
                FROM reserve_cadres r JOIN people p ON p.id = r.person_id
                WHERE r.org_id = ? AND r.active = TRUE ORDER BY r.since""").param(orgId)
                .query((rs, i) -> new PostHolder(rs.getLong("id"), rs.getLong("org_id"), null, rs.getLong("person_id"),
                        rs.getString("name"), null, rs.getString("target_post"),
                        rs.getObject("since", LocalDate.class), null, false, false, rs.getString("note"),
                        rs.getLong("version")))
                .list();
    }

    /** All posts a person holds or held, for the person's page. */
    public List<PostHolder> postsOf(long personId) {
        var committee = codes.labels(CodeLists.COMMITTEE_POST);
        var village = codes.labels(CodeLists.VILLAGE_CADRE_POST);
        List<PostHolder> held = new java.util.ArrayList<>(jdbc.sql("""
                SELECT c.id, c.org_id, o.short_name, c.post, c.started_on, c.ended_on, c.version
                FROM committee_posts c JOIN orgs o ON o.id = c.org_id WHERE c.person_id = ? ORDER BY c.started_on DESC""")
                .param(personId)
                .query((rs, i) -> new PostHolder(rs.getLong("id"), rs.getLong("org_id"), rs.getString("short_name"), personId, null, rs.getString("post"), "支委 · " + committee.get(rs.getString("post")),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                        false, false, null, rs.getLong("version")))
                .list());
        held.addAll(jdbc.sql("""
                SELECT v.id, v.org_id, o.short_name, v.post, v.term_start, v.term_end, v.concurrent_head, v.paid, v.version
                FROM village_cadres v JOIN orgs o ON o.id = v.org_id WHERE v.person_id = ? ORDER BY v.term_start DESC""")
                .param(personId)
                .query((rs, i) -> new PostHolder(rs.getLong("id"), rs.getLong("org_id"), rs.getString("short_name"), personId, null, rs.getString("post"), "村干部 · " + village.get(rs.getString("post")),
                        rs.getObject("term_start", LocalDate.class), rs.getObject("term_end", LocalDate.class),
                        rs.getBoolean("concurrent_head"), rs.getBoolean("paid"), null, rs.getLong("version")))
                .list());
        return held;
    }
}
