package org.jiceng.assessment.campaign;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.assessment.scheme.SchemeChoice;
import org.jiceng.organization.ScopedSql;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Storage of campaigns, their entries, the scores entered, evidence files and computed results. Reads the register's
 * {@code orgs} and {@code org_tree} for names and subjects, and the review chain's items for each entry's stage.
 */
@Repository
public class CampaignRepository {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JdbcTemplate template;

    CampaignRepository(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A subject of a campaign: a village branch (under a township) or a township (under the county). */
    record Subject(long orgId, long reviewerOrgId, String label) {
    }

    List<Subject> subjects(long ownerOrgId, SubjectKind kind) {
        String sql = kind == SubjectKind.TOWNSHIP_COMMITTEE ? """
                SELECT o.id, o.parent_id, o.name FROM orgs o JOIN org_tree t ON t.descendant_id = o.id
                WHERE t.ancestor_id = ? AND o.org_type = 'TOWNSHIP' ORDER BY o.parent_id, o.sort_order, o.id""" : """
                SELECT o.id, o.parent_id, o.name FROM orgs o JOIN org_tree t ON t.descendant_id = o.id
                JOIN orgs p ON p.id = o.parent_id
                WHERE t.ancestor_id = ? AND o.org_type IN ('BRANCH', 'GENERAL_BRANCH') AND p.org_type = 'TOWNSHIP'
                ORDER BY o.parent_id, o.sort_order, o.id""";
        return jdbc.sql(sql).param(ownerOrgId)
                .query((rs, n) -> new Subject(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    long insertCampaign(long ownerOrgId, long schemeId, int year, String name, long processId, int maxRise,
                        String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assessment_campaigns (owner_org_id, scheme_id, campaign_year, name, process_id, max_rise,
                    created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ownerOrgId, schemeId, year, name, processId, maxRise, username, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** One entry of a cadre campaign: the cadre's village, its township, the review item and who is judged. */
    void insertCadreEntry(long campaignId, long orgId, long townshipId, long itemId, CampaignEntry.Cadre cadre) {
        jdbc.sql("""
                INSERT INTO campaign_entries (campaign_id, org_id, township_id, item_id, person_id, person_name, posts)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(campaignId, orgId, townshipId, itemId, cadre.personId(), cadre.name(), cadre.posts()).update();
    }

    /** One entry per subject, each linked to its review item (matched by org). */
    void insertEntries(long campaignId, long processId) {
        jdbc.sql("""
                INSERT INTO campaign_entries (campaign_id, org_id, township_id, item_id)
                SELECT ?, i.org_id, i.reviewer_org_id, i.id FROM review_items i WHERE i.process_id = ?""")
                .params(campaignId, processId).update();
    }

    private static final String CAMPAIGN = """
            SELECT c.*, o.name AS owner_name, s.name AS scheme_name, s.scheme_year, s.edition, s.subject_kind
            FROM assessment_campaigns c JOIN orgs o ON o.id = c.owner_org_id
            JOIN assessment_schemes s ON s.id = c.scheme_id""";

    public Optional<Campaign> find(long id) {
        return jdbc.sql(CAMPAIGN + " WHERE c.id = ?").param(id).query(CampaignRepository::campaign).optional();
    }

    Optional<Campaign> findByProcess(long processId) {
        return jdbc.sql(CAMPAIGN + " WHERE c.process_id = ?").param(processId).query(CampaignRepository::campaign).optional();
    }

    /** Names and grades of the entries in 公示 or final, for the public notice: nothing else leaves the system. */
    List<PublicNotice.Row> publicRows(long campaignId) {
        return jdbc.sql("""
                SELECT i.id, t.short_name AS township, o.short_name, e.grade, i.publicity_from, i.publicity_until, i.stage,
                e.person_name, e.posts
                FROM campaign_entries e JOIN review_items i ON i.id = e.item_id JOIN orgs o ON o.id = e.org_id
                JOIN orgs t ON t.id = e.township_id
                WHERE e.campaign_id = ? AND i.stage IN ('PUBLICIZING', 'FINAL')
                ORDER BY t.sort_order, t.id, o.sort_order, o.id, e.id""").param(campaignId)
                .query((rs, n) -> new PublicNotice.Row(rs.getLong(1), rs.getString(2), rs.getString(8) == null
                        ? rs.getString(3) : new CampaignEntry.Cadre(0, rs.getString(8), rs.getString(9))
                        .label(rs.getString(3)), rs.getString(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), ReviewStage.valueOf(rs.getString(7))))
                .list();
    }

    Optional<Long> ownerOf(long id) {
        return jdbc.sql("SELECT owner_org_id FROM assessment_campaigns WHERE id = ?").param(id).query(Long.class).optional();
    }

    Optional<Long> orgOfEntry(long entryId) {
        return jdbc.sql("SELECT org_id FROM campaign_entries WHERE id = ?").param(entryId).query(Long.class).optional();
    }

    /** Campaigns run above the user's org (they judge it) or inside its subtree, newest first. */
    List<Campaign> visible(ScopedSql above, ScopedSql below) {
        Map<String, Object> params = new HashMap<>(above.params());
        params.putAll(below.params());
        return jdbc.sql(CAMPAIGN + " WHERE (" + above.predicate() + ") OR ("
                        + below.predicate() + ") ORDER BY c.campaign_year DESC, c.id DESC")
                .params(params).query(CampaignRepository::campaign).list();
    }

    /**
     * The campaigns of the same owner, scheme family and subject in the year before, oldest first (a county may judge
     * its townships' cadres in one campaign each).
     */
    List<Long> previous(Campaign campaign) {
        return jdbc.sql("""
                SELECT c.id FROM assessment_campaigns c JOIN assessment_schemes s ON s.id = c.scheme_id
                JOIN assessment_schemes now_s ON now_s.id = ?
                WHERE c.owner_org_id = ? AND c.campaign_year = ? AND s.family = now_s.family
                    AND s.subject_kind = now_s.subject_kind
                ORDER BY c.id""")
                .params(campaign.schemeId(), campaign.ownerOrgId(), campaign.year() - 1)
                .query(Long.class).list();
    }

    /** A subject's final grade in last year's campaign of the same family, in one query. */
    Optional<String> previousGrade(Campaign campaign, long subjectId) {
        return jdbc.sql("""
                SELECT e.grade FROM campaign_entries e JOIN review_items i ON i.id = e.item_id
                JOIN assessment_campaigns c ON c.id = e.campaign_id JOIN assessment_schemes s ON s.id = c.scheme_id
                JOIN assessment_schemes now_s ON now_s.id = ?
                WHERE c.owner_org_id = ? AND c.campaign_year = ? AND s.family = now_s.family
                    AND s.subject_kind = now_s.subject_kind AND i.stage = 'FINAL' AND e.grade IS NOT NULL
                    AND COALESCE(e.person_id, e.org_id) = ?
                ORDER BY c.id DESC""")
                .params(campaign.schemeId(), campaign.ownerOrgId(), campaign.year() - 1, subjectId)
                .query(String.class).stream().findFirst();
    }

    /**
     * The final grades of a campaign's entries by subject: the person for a cadre, else the org (entries not yet
     * final are left out).
     */
    Map<Long, String> finalGrades(long campaignId) {
        Map<Long, String> grades = new HashMap<>();
        jdbc.sql("""
                SELECT COALESCE(e.person_id, e.org_id), e.grade FROM campaign_entries e JOIN review_items i ON i.id = e.item_id
                WHERE e.campaign_id = ? AND i.stage = 'FINAL' AND e.grade IS NOT NULL""")
                .param(campaignId).query(rs -> {
                    grades.put(rs.getLong(1), rs.getString(2));
                });
        return grades;
    }

    private static final String ENTRY = """
            SELECT e.*, o.short_name AS org_name, t.short_name AS township_name, i.stage, i.returned_reason
            FROM campaign_entries e JOIN orgs o ON o.id = e.org_id JOIN orgs t ON t.id = e.township_id
            JOIN review_items i ON i.id = e.item_id""";

    Optional<CampaignEntry> entry(long entryId) {
        return jdbc.sql(ENTRY + " WHERE e.id = ?").param(entryId).query(CampaignRepository::entry).optional()
                .map(e -> withDimensions(List.of(e)).get(0));
    }

    /** The campaign's entries in scope, under {@code underOrg} when given, by township then org order. */
    public List<CampaignEntry> entries(long campaignId, ScopedSql scope, Long underOrg) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("campaignId", campaignId);
        String filter = "";
        if (underOrg != null) {
            filter = " AND " + ScopedSql.underOrg("e.org_id", "underOrg");
            params.put("underOrg", underOrg);
        }
        List<CampaignEntry> entries = jdbc.sql(ENTRY + " WHERE e.campaign_id = :campaignId AND " + scope.predicate()
                        + filter + " ORDER BY t.sort_order, t.id, o.sort_order, o.id, e.id")
                .params(params).query(CampaignRepository::entry).list();
        return withDimensions(entries);
    }

    private List<CampaignEntry> withDimensions(List<CampaignEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, Map<String, BigDecimal>> byEntry = new HashMap<>();
        List<Long> ids = entries.stream().map(CampaignEntry::id).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("SELECT entry_id, dimension_code, points FROM campaign_dimension_scores WHERE entry_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        byEntry.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                .put(rs.getString(2), rs.getBigDecimal(3));
                    });
        }
        return entries.stream().map(e -> e.withDimensions(byEntry.getOrDefault(e.id(), Map.of()))).toList();
    }

    /** Bumps the entry's version if nobody saved it since {@code version}; throws a conflict otherwise. */
    void claim(long entryId, long version, String label) {
        if (jdbc.sql("UPDATE campaign_entries SET version = version + 1 WHERE id = ? AND version = ?")
                .params(entryId, version).update() != 1) {
            throw new StaleEditException(label);
        }
    }

    void bumpByItem(long itemId) {
        jdbc.sql("UPDATE campaign_entries SET version = version + 1 WHERE item_id = ?").param(itemId).update();
    }

    /** The published schemes of an owner a campaign can run, newest year first. */
    List<SchemeChoice> publishedSchemes(long ownerOrgId) {
        return jdbc.sql("""
                SELECT id, name, scheme_year, edition, subject_kind FROM assessment_schemes
                WHERE owner_org_id = ? AND status = 'PUBLISHED' AND subject_kind IN ('VILLAGE_BRANCH', 'TOWNSHIP_COMMITTEE', 'VILLAGE_CADRE')
                ORDER BY scheme_year DESC, name, edition DESC""").param(ownerOrgId)
                .query((rs, n) -> new SchemeChoice(rs.getLong("id"), rs.getString("name") + "（" + rs.getInt("scheme_year")
                        + "年 第" + rs.getInt("edition") + "版）", SubjectKind.valueOf(rs.getString("subject_kind"))))
                .list();
    }

    private static Campaign campaign(ResultSet rs, int n) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getLong("owner_org_id"), rs.getString("owner_name"),
                rs.getLong("scheme_id"), rs.getString("scheme_name") + "（" + rs.getInt("scheme_year") + "年 第"
                + rs.getInt("edition") + "版）", rs.getInt("campaign_year"), rs.getString("name"),
                rs.getLong("process_id"), rs.getInt("max_rise"), time(rs, "computed_at"), rs.getLong("version"),
                SubjectKind.valueOf(rs.getString("subject_kind")));
    }

    private static CampaignEntry entry(ResultSet rs, int n) throws SQLException {
        return new CampaignEntry(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("org_id"),
                rs.getString("org_name"), rs.getLong("township_id"), rs.getString("township_name"),
                rs.getLong("item_id"), ReviewStage.valueOf(rs.getString("stage")), rs.getString("returned_reason"),
                rs.getBigDecimal("base_total"), rs.getBigDecimal("bonus"), rs.getBigDecimal("deductions"),
                rs.getBigDecimal("total"), rs.getString("computed_grade"), rs.getString("grade"),
                rs.getString("grade_note"), rs.getBoolean("vetoed"), rs.getInt("missing"),
                rs.getString("previous_grade"), rs.getString("exception_grade"), rs.getString("exception_reason"),
                rs.getLong("version"), Map.of(), 0, 0, null, rs.getObject("person_id") == null ? null
                : new CampaignEntry.Cadre(rs.getLong("person_id"), rs.getString("person_name"), rs.getString("posts")));
    }

    static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
