package org.jiceng.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.shared.metrics.OrgBatches;
import org.jiceng.training.hours.HourRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For batch reads: many orgs grouped by the county whose yearly rules (hours, frequencies, distance minimums) apply
 * to them — the county above or at the org, or the root where the tree has no county level (as {@link HourRules}).
 */
@Component
public class RuleCounties {

    private final JdbcClient jdbc;

    RuleCounties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, List<Long>> of(Collection<Long> orgIds) {
        Map<Long, Long> countyOf = new HashMap<>();
        for (List<Long> chunk : OrgBatches.chunks(orgIds)) {
            jdbc.sql("""
                    SELECT t.descendant_id, t.ancestor_id, a.org_type FROM org_tree t JOIN orgs a ON a.id = t.ancestor_id
                    WHERE t.descendant_id IN (:ids) AND (a.org_type = 'COUNTY' OR a.parent_id IS NULL)""")
                    .param("ids", chunk)
                    .query(rs -> {
                        long org = rs.getLong("descendant_id");
                        if ("COUNTY".equals(rs.getString("org_type")) || !countyOf.containsKey(org)) {
                            countyOf.put(org, rs.getLong("ancestor_id"));
                        }
                    });
        }
        Map<Long, List<Long>> orgsByCounty = new HashMap<>();
        countyOf.forEach((org, county) -> orgsByCounty.computeIfAbsent(county, k -> new ArrayList<>()).add(org));
        return orgsByCounty;
    }
}
