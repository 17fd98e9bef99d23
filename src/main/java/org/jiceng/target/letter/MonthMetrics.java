package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.OrgTree;
import org.jiceng.shared.metrics.MetricDefinition;
import org.jiceng.shared.metrics.MetricSource;
import org.jiceng.shared.metrics.MetricSubject;
import org.jiceng.shared.metrics.MetricType;
import org.jiceng.shared.metrics.OrgBatches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly checks as data for the year-end target assessment: a village's sum of the year's monthly scores ÷ 12
 * ({@link MonthChecks}), over its signed letters of the year (with two letters, each counts 12 months); no figure
 * for a village without a signed letter that year.
 */
@Component
@Transactional(readOnly = true)
class MonthMetrics implements MetricSource {

    static final String MEAN = "target.month_mean";

    private final JdbcClient jdbc;
    private final OrgTree tree;

    MonthMetrics(JdbcClient jdbc, OrgTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(new MetricDefinition(MEAN, "目标责任书月度考核平均分", MetricType.POINTS,
                java.util.Set.of(MetricSubject.VILLAGE_BRANCH),
                "当年已签订目标责任书各月的乡镇月度考核得分（满分100）之和除以12，未考核的月份计0分"));
    }

    @Override
    public Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds) {
        if (!MEAN.equals(code)) {
            throw new IllegalArgumentException("not a monthly check metric: " + code);
        }
        List<Long> villages = new ArrayList<>();
        tree.types(orgIds).forEach((org, type) -> {
            if (type.isVillageLevel()) {
                villages.add(org);
            }
        });
        // A village without a signed letter that year has no figure: the assessor types the value.
        Map<Long, BigDecimal> values = new HashMap<>();
        for (List<Long> chunk : OrgBatches.chunks(villages)) {
            jdbc.sql("""
                    SELECT c.village_id, COUNT(DISTINCT c.id) AS letters, COALESCE(SUM(m.score), 0) AS total
                    FROM target_letter_copies c JOIN target_letters l ON l.id = c.letter_id
                    LEFT JOIN target_letter_month_checks m ON m.copy_id = c.id
                    WHERE l.letter_year = :year AND c.status = 'SIGNED' AND c.village_id IN (:ids)
                    GROUP BY c.village_id""")
                    .param("year", year).param("ids", chunk)
                    .query(rs -> {
                        BigDecimal perLetter = MonthChecks.mean(List.of(rs.getBigDecimal("total")));
                        values.put(rs.getLong("village_id"), perLetter.divide(BigDecimal.valueOf(rs.getLong("letters")),
                                2, java.math.RoundingMode.HALF_UP));
                    });
        }
        return values;
    }
}
