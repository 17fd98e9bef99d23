package org.jiceng.organization;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.shared.metrics.OrgBatches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shape most metrics share: a count of a module's rows of a year under each requested village or township (a
 * township counts its own rows and its villages'), zero where there are none, other kinds of org left out. One
 * grouped SQL per 1,000 orgs, joined on the closure table ({@link ScopedSql#joinAncestorsIn}).
 */
@Component
public class OrgCounts {

    private final JdbcClient jdbc;
    private final OrgTree tree;

    OrgCounts(JdbcClient jdbc, OrgTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    /**
     * @param count     what to count, e.g. {@code COUNT(*)} or {@code COUNT(DISTINCT c.person_id)}
     * @param from      the rows, with any joins they need, e.g. {@code ledger_diary_entries e}
     * @param orgColumn the column naming the org a row belongs to, e.g. {@code e.org_id}
     * @param where     the condition on the rows, using {@code :year}
     */
    public Map<Long, BigDecimal> villagesAndTownships(Collection<Long> orgIds, int year, String count, String from,
                                                      String orgColumn, String where) {
        Map<Long, BigDecimal> values = new HashMap<>();
        tree.types(orgIds).forEach((org, type) -> {
            if (type.isVillageLevel() || type == OrgType.TOWNSHIP) {
                values.put(org, BigDecimal.ZERO);
            }
        });
        for (List<Long> chunk : OrgBatches.chunks(values.keySet())) {
            jdbc.sql("SELECT " + ScopedSql.ANCESTOR + " AS org, " + count + " AS n FROM " + from
                            + ScopedSql.joinAncestorsIn(orgColumn, "ids") + " WHERE " + where
                            + " GROUP BY " + ScopedSql.ANCESTOR)
                    .param("ids", chunk).param("year", year)
                    .query(rs -> {
                        values.put(rs.getLong("org"), BigDecimal.valueOf(rs.getLong("n")));
                    });
        }
        return values;
    }
}
