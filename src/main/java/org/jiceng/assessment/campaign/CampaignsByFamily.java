package org.jiceng.assessment.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.assessment.engine.Scheme;
import org.jiceng.organization.RegisterSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Campaigns and schemes found by scheme family (方案系列) and year for an org: which campaign judges a township, which
 * grades the family's scheme has, which families are published above it. Read by township targets and by the final
 * results that 奖惩 pays from.
 */
@Repository
public class CampaignsByFamily {

    private final JdbcClient jdbc;

    CampaignsByFamily(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest campaign of a scheme family and year run at or above the township. */
    public Optional<Long> campaignFor(long townshipId, int year, String family) {
        return jdbc.sql("""
                SELECT c.id FROM assessment_campaigns c JOIN assessment_schemes s ON s.id = c.scheme_id
                WHERE c.campaign_year = ? AND s.family = ?
                    AND\s""" + RegisterSql.atOrAbove("c.owner_org_id", "?") + """
                ORDER BY c.id DESC""").params(year, family, townshipId).query(Long.class).list().stream().findFirst();
    }

    /**
     * The newest campaign of the family and year at or above the township in which the township's results are final,
     * for payments made from results; empty when none of that year has reached its final stage there.
     */
    public Optional<Long> settledCampaignFor(long townshipId, int year, String family) {
        return jdbc.sql("""
                SELECT c.id FROM assessment_campaigns c JOIN assessment_schemes s ON s.id = c.scheme_id
                WHERE c.campaign_year = ? AND s.family = ?
                    AND\s""" + RegisterSql.atOrAbove("c.owner_org_id", "?") + """
                    AND EXISTS (SELECT 1 FROM campaign_entries e JOIN review_items i ON i.id = e.item_id
                                WHERE e.campaign_id = c.id AND e.township_id = ? AND i.stage = 'FINAL')
                ORDER BY c.id DESC""").params(year, family, townshipId, townshipId).query(Long.class).list().stream()
                .findFirst();
    }

    /** The grade names of the newest published scheme of a family for the year, owned at or above the org, best first. */
    public List<String> bands(long orgId, int year, String family) {
        return jdbc.sql("""
                SELECT b.name FROM assessment_bands b WHERE b.scheme_id = (
                    SELECT s.id FROM assessment_schemes s
                    WHERE s.family = ? AND s.scheme_year = ? AND s.status = 'PUBLISHED'
                        AND\s""" + RegisterSql.atOrAbove("s.owner_org_id", "?") + """
                    ORDER BY s.edition DESC FETCH FIRST 1 ROWS ONLY)
                ORDER BY b.sort_order""").params(family, year, orgId).query(String.class).list();
    }

    /** Scheme families published at or above the org: family → name. */
    public Map<String, String> families(long orgId) {
        Map<String, String> families = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT DISTINCT s.family, s.name FROM assessment_schemes s
                WHERE s.status = 'PUBLISHED' AND s.subject_kind = 'VILLAGE_BRANCH'
                    AND\s""" + RegisterSql.atOrAbove("s.owner_org_id", "?") + """
                ORDER BY s.family""").param(orgId)
                .query(rs -> {
                    families.putIfAbsent(rs.getString(1), rs.getString(2));
                });
        return families;
    }
}
