package org.jiceng.assessment.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.RegisterSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of village cadre assessment (村干部考核) — 激励保障 computes a cadre's annual performance
 * pay (绩效报酬) from the grade (research §2.13: 优秀 earns it in full, lower grades part or none, as the county's pay
 * rules say). Only final results count: an entry still in review or in 公示 has no grade here. A cadre judged in more
 * than one cadre campaign of a year takes the newest campaign's final grade. Grade names are the scheme's bands
 * (data): {@link #grades} lists them for rule forms. Unscoped: the caller passes people it may see.
 */
@Service
@Transactional(readOnly = true)
public class CadreResults {

    /** A cadre's final result of a year: the grade, the total, and the campaign entry it comes from. */
    public record Result(long personId, String grade, BigDecimal total, long campaignId, String campaignName,
                         long entryId) {
    }

    private final JdbcClient jdbc;

    CadreResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Person → final grade in the year's cadre campaigns; people without a final result are left out. */
    public Map<Long, String> finalGrades(int year, Collection<Long> personIds) {
        Map<Long, String> grades = new HashMap<>();
        finalResults(year, personIds).forEach((person, result) -> grades.put(person, result.grade()));
        return grades;
    }

    /** Person → final result in the year's cadre campaigns; people without a final result are left out. */
    public Map<Long, Result> finalResults(int year, Collection<Long> personIds) {
        Map<Long, Result> results = new HashMap<>();
        List<Long> ids = new ArrayList<>(personIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("""
                    SELECT e.person_id, e.grade, e.total, c.id AS campaign_id, c.name, e.id AS entry_id
                    FROM campaign_entries e JOIN assessment_campaigns c ON c.id = e.campaign_id
                    JOIN assessment_schemes s ON s.id = c.scheme_id JOIN review_items i ON i.id = e.item_id
                    WHERE s.subject_kind = 'VILLAGE_CADRE' AND c.campaign_year = :year AND i.stage = 'FINAL'
                        AND e.grade IS NOT NULL AND e.person_id IN (:ids)
                    ORDER BY c.id""")
                    .param("year", year).param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        results.put(rs.getLong("person_id"), new Result(rs.getLong("person_id"), rs.getString("grade"),
                                rs.getBigDecimal("total"), rs.getLong("campaign_id"), rs.getString("name"),
                                rs.getLong("entry_id")));
                    });
        }
        return results;
    }

    /**
     * The grade names of the newest published cadre scheme of the year owned at or above the org, best first
     * (empty when there is none): what a pay rule may name.
     */
    public List<String> grades(long orgId, int year) {
        return jdbc.sql("""
                SELECT b.name FROM assessment_bands b WHERE b.scheme_id = (
                    SELECT s.id FROM assessment_schemes s
                    WHERE s.subject_kind = 'VILLAGE_CADRE' AND s.scheme_year = ? AND s.status = 'PUBLISHED'
                        AND\s""" + RegisterSql.atOrAbove("s.owner_org_id", "?") + """
                    ORDER BY s.edition DESC, s.id DESC FETCH FIRST 1 ROWS ONLY)
                ORDER BY b.sort_order""").params(year, orgId).query(String.class).list();
    }
}
