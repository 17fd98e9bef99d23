package org.jiceng.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.configuration.CodeLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the posts of one org (or one post) the caller has checked is in scope: committee posts with their
 * history, village cadres, reserve cadres, and the people a post form offers. Lists across the user's whole scope
 * are {@link CadreQueries}.
 */
@Component
@Transactional(readOnly = true)
public class PostQueries {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CodeLists codes;

    PostQueries(JdbcClient jdbc, CodeLists codes, Clock clock) {
        this.clock = clock;
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

    /** Village cadres of the org whose term is current (see {@link CadreRules#isCurrent}). */
    public List<PostHolder> villageCadres(long orgId) {
        var labels = codes.labels(CodeLists.VILLAGE_CADRE_POST);
        return jdbc.sql("""
                SELECT v.id, v.org_id, v.person_id, p.name, v.post, v.term_start, v.term_end, v.concurrent_head,
                       v.paid, v.version
                FROM village_cadres v JOIN people p ON p.id = v.person_id
                WHERE v.org_id = ? AND (v.term_end IS NULL OR v.term_end > ?)
                ORDER BY v.post, v.term_start""").params(orgId, LocalDate.now(clock))
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

    private static final String COMMITTEE_SELECT = """
            SELECT c.id, c.org_id, c.person_id, p.name, c.post, c.started_on, c.ended_on, c.version
            FROM committee_posts c JOIN people p ON p.id = c.person_id""";

    private static final String CADRE_SELECT = """
            SELECT v.id, v.org_id, v.person_id, p.name, p.political_status, v.post, v.term_start, v.term_end,
                   v.concurrent_head, v.paid, v.version
            FROM village_cadres v JOIN people p ON p.id = v.person_id""";

    private static final String RESERVE_SELECT = """
            SELECT r.id, r.org_id, r.person_id, p.name, p.political_status, r.since, r.target_post, r.note, r.active,
                   r.version
            FROM reserve_cadres r JOIN people p ON p.id = r.person_id""";

    /** Every committee post of the org, current ones first (in post order), then history, latest ended first. */
    public List<CommitteePost> committee(long orgId) {
        var labels = codes.labels(CodeLists.COMMITTEE_POST);
        return jdbc.sql(COMMITTEE_SELECT + """
                 WHERE c.org_id = ?
                ORDER BY CASE WHEN c.ended_on IS NULL THEN 0 ELSE 1 END, c.ended_on DESC, c.post, c.started_on, c.id""")
                .param(orgId).query((rs, i) -> committeePost(rs, labels)).list();
    }

    public Optional<CommitteePost> committeePost(long postId) {
        var labels = codes.labels(CodeLists.COMMITTEE_POST);
        return jdbc.sql(COMMITTEE_SELECT + " WHERE c.id = ?").param(postId)
                .query((rs, i) -> committeePost(rs, labels)).optional();
    }

    /** Every village cadre record of the org: current terms first (in post order), then history. */
    public List<VillageCadre> cadres(long orgId) {
        var labels = codes.labels(CodeLists.VILLAGE_CADRE_POST);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(CADRE_SELECT + """
                 WHERE v.org_id = ?
                ORDER BY CASE WHEN v.term_end IS NULL OR v.term_end > ? THEN 0 ELSE 1 END, v.post, v.term_start DESC, v.id""")
                .params(orgId, today).query((rs, i) -> cadre(rs, labels, today)).list();
    }

    public Optional<VillageCadre> cadre(long cadreId) {
        var labels = codes.labels(CodeLists.VILLAGE_CADRE_POST);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(CADRE_SELECT + " WHERE v.id = ?").param(cadreId)
                .query((rs, i) -> cadre(rs, labels, today)).optional();
    }

    /**
     * The village cadres marked paid (职数内) in the register whose term overlaps {@code from}..{@code to} (both
     * included), in every village at or under {@code orgId} (a township gives all its villages), by village, post and
     * term start. The register is the one list of who is paid: village cadre pay (激励保障) reads it here instead of
     * keeping a second list. Unscoped: the caller passes an org it has checked.
     */
    public List<VillageCadre> paidCadresDuring(long orgId, LocalDate from, LocalDate to) {
        var labels = codes.labels(CodeLists.VILLAGE_CADRE_POST);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(CADRE_SELECT + " WHERE " + ScopedSql.underOrg("v.org_id", "org") + """
                 AND v.paid = TRUE AND v.term_start <= :to AND (v.term_end IS NULL OR v.term_end > :from)
                ORDER BY v.org_id, v.post, v.term_start, v.id""")
                .param("org", orgId).param("from", from).param("to", to)
                .query((rs, i) -> cadre(rs, labels, today)).list();
    }

    /** Every reserve cadre entry of the org: active ones first, each group by the date listed. */
    public List<ReserveCadre> reserves(long orgId) {
        return jdbc.sql(RESERVE_SELECT + " WHERE r.org_id = ? ORDER BY CASE WHEN r.active THEN 0 ELSE 1 END, r.since, r.id")
                .param(orgId).query((rs, i) -> reserve(rs)).list();
    }

    public Optional<ReserveCadre> reserve(long reserveId) {
        return jdbc.sql(RESERVE_SELECT + " WHERE r.id = ?").param(reserveId).query((rs, i) -> reserve(rs)).optional();
    }

    /**
     * The paid village cadres (职数内) in post on {@code day} under an org (its subtree), one row per person and
     * village, in tree order: a term is in post from its start until the day before its end ({@link CadreRules#isCurrent}).
     * The org is one the caller may read; for campaigns that judge cadres (村干部考核) and cadre pay.
     */
    public List<CadreInPost> paidCadresInPost(long orgId, LocalDate day) {
        var labels = codes.labels(CodeLists.VILLAGE_CADRE_POST);
        Map<String, CadreInPost> byPerson = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT v.person_id, p.name, v.org_id, o.short_name, o.parent_id, v.post
                FROM village_cadres v JOIN people p ON p.id = v.person_id JOIN orgs o ON o.id = v.org_id
                JOIN orgs t ON t.id = o.parent_id
                WHERE v.paid = TRUE AND v.term_start <= :day AND (v.term_end IS NULL OR v.term_end > :day)
                  AND t.org_type = 'TOWNSHIP' AND\s""" + ScopedSql.underOrg("v.org_id", "org") + """
                 ORDER BY t.sort_order, t.id, o.sort_order, o.id, v.post, v.person_id""")
                .param("org", orgId).param("day", day)
                .query(rs -> {
                    String post = labels.getOrDefault(rs.getString("post"), rs.getString("post"));
                    byPerson.merge(rs.getLong("org_id") + "/" + rs.getLong("person_id"),
                            new CadreInPost(rs.getLong("person_id"), rs.getString("name"), rs.getLong("org_id"),
                                    rs.getString("short_name"), rs.getLong("parent_id"), post),
                            (held, more) -> new CadreInPost(held.personId(), held.personName(), held.orgId(),
                                    held.orgName(), held.townshipId(), held.posts() + "、" + more.posts()));
                });
        return List.copyOf(byPerson.values());
    }

    /** The number of full members (正式党员) registered with the org and its sub-organizations. */
    public long fullMembers(long orgId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM people p WHERE p.political_status = 'FULL' AND\s"""
                        + ScopedSql.underOrg("p.org_id", "org"))
                .param("org", orgId).query(Long.class).single();
    }

    /**
     * People of the org offered by a post form, by name: members only (committee posts) or members and villagers
     * (village and reserve cadres), each with the committee post they hold now.
     */
    public List<PostCandidate> candidates(long orgId, String q, boolean membersOnly, int limit) {
        var labels = codes.labels(CodeLists.COMMITTEE_POST);
        boolean filtered = q != null && !q.isBlank();
        var spec = jdbc.sql("""
                SELECT p.id, p.name, p.political_status, p.birth_date,
                       (SELECT MIN(c.post) FROM committee_posts c
                        WHERE c.person_id = p.id AND c.org_id = :org AND c.ended_on IS NULL) AS held
                FROM people p WHERE\s""" + ScopedSql.underOrg("p.org_id", "org")
                        + (membersOnly ? " AND p.political_status IN ('FULL', 'PROBATIONARY')" : "")
                        + (filtered ? " AND p.name LIKE :q" : "")
                        + " ORDER BY CASE WHEN p.political_status = 'NONE' THEN 1 ELSE 0 END, p.name, p.id LIMIT :limit")
                .param("org", orgId).param("limit", limit);
        if (filtered) {
            spec = spec.param("q", "%" + q.trim().replace("%", "").replace("_", "") + "%");
        }
        return spec.query((rs, i) -> new PostCandidate(rs.getLong("id"), rs.getString("name"),
                PoliticalStatus.valueOf(rs.getString("political_status")).label(),
                rs.getObject("birth_date", LocalDate.class).getYear(),
                rs.getString("held") == null ? null : labels.get(rs.getString("held")))).list();
    }

    private static CommitteePost committeePost(ResultSet rs, Map<String, String> labels) throws SQLException {
        return new CommitteePost(rs.getLong("id"), rs.getLong("org_id"), rs.getLong("person_id"), rs.getString("name"),
                rs.getString("post"), labels.getOrDefault(rs.getString("post"), rs.getString("post")),
                rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                rs.getLong("version"));
    }

    private static VillageCadre cadre(ResultSet rs, Map<String, String> labels, LocalDate today) throws SQLException {
        LocalDate termEnd = rs.getObject("term_end", LocalDate.class);
        return new VillageCadre(rs.getLong("id"), rs.getLong("org_id"), rs.getLong("person_id"), rs.getString("name"),
                PoliticalStatus.valueOf(rs.getString("political_status")).isMember(), rs.getString("post"),
                labels.getOrDefault(rs.getString("post"), rs.getString("post")),
                rs.getObject("term_start", LocalDate.class), termEnd, rs.getBoolean("concurrent_head"),
                rs.getBoolean("paid"), CadreRules.isCurrent(termEnd, today), rs.getLong("version"));
    }

    private static ReserveCadre reserve(ResultSet rs) throws SQLException {
        return new ReserveCadre(rs.getLong("id"), rs.getLong("org_id"), rs.getLong("person_id"), rs.getString("name"),
                PoliticalStatus.valueOf(rs.getString("political_status")).isMember(),
                rs.getObject("since", LocalDate.class), rs.getString("target_post"), rs.getString("note"),
                rs.getBoolean("active"), rs.getLong("version"));
    }
}
