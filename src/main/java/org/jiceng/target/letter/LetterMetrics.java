package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.metrics.MetricDefinition;
import org.jiceng.shared.metrics.MetricSource;
import org.jiceng.shared.metrics.MetricSubject;
import org.jiceng.shared.metrics.MetricType;
import org.jiceng.shared.metrics.OrgBatches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters' figures for the assessment engine, so a year-end target assessment (年终目责考核) scheme takes them as
 * data: a village's score on its letters of the year from the ledger (the items that name a central task, each by
 * its measure), and the share of those items whose target is met (a township: over all its villages). Items not
 * tracked by the ledger are the scheme's own 直接评分 indicators. An org without a letter that year has no figure (the
 * assessor types the value, e.g. for a year before the letters were kept in Jiceng).
 */
@Component
@Transactional(readOnly = true)
class LetterMetrics implements MetricSource {

    static final String SCORE = "target.letter_score";
    static final String MET = "target.letter_targets_met";

    private final JdbcClient jdbc;
    private final OrgTree tree;
    private final LetterRepository letters;
    private final CopyRepository copies;
    private final LetterProgress progress;

    LetterMetrics(JdbcClient jdbc, OrgTree tree, LetterRepository letters, CopyRepository copies,
                  LetterProgress progress) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.letters = letters;
        this.copies = copies;
        this.progress = progress;
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(new MetricDefinition(SCORE, "目标责任书台账得分", MetricType.POINTS,
                        Set.of(MetricSubject.VILLAGE_BRANCH),
                        "当年各村目标责任书中关联中心工作的项目，按村台账日记的完成数量和日期、依各项计分办法计得的分数合计"),
                new MetricDefinition(MET, "目标责任书目标完成率", MetricType.PERCENT,
                        Set.of(MetricSubject.VILLAGE_BRANCH, MetricSubject.TOWNSHIP),
                        "当年目标责任书中关联台账的项目，台账完成数量达到本村目标（或已有完成记录）的项目所占比例；乡镇按所辖各村合计"));
    }

    @Override
    public Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds) {
        if (!SCORE.equals(code) && !MET.equals(code)) {
            throw new IllegalArgumentException("not a letter metric: " + code);
        }
        Map<Long, BigDecimal> points = new HashMap<>();
        Map<Long, long[]> met = new HashMap<>();
        tree.types(orgIds).forEach((org, type) -> {
            if (type.isVillageLevel() || (MET.equals(code) && type == OrgType.TOWNSHIP)) {
                points.put(org, BigDecimal.ZERO);
                met.put(org, new long[2]);
            }
        });
        Map<Long, Set<Long>> ownersOfVillage = new HashMap<>();
        Set<Long> letterIds = new HashSet<>();
        for (List<Long> chunk : OrgBatches.chunks(points.keySet())) {
            jdbc.sql("SELECT c.letter_id, c.village_id, " + ScopedSql.ANCESTOR + " AS org FROM target_letter_copies c"
                            + ScopedSql.joinAncestorsIn("c.village_id", "ids")
                            + " JOIN target_letters l ON l.id = c.letter_id WHERE l.letter_year = :year")
                    .param("ids", chunk).param("year", year)
                    .query(rs -> {
                        letterIds.add(rs.getLong("letter_id"));
                        ownersOfVillage.computeIfAbsent(rs.getLong("village_id"), k -> new HashSet<>())
                                .add(rs.getLong("org"));
                    });
        }
        for (long letterId : letterIds) {
            TargetLetter letter = letters.find(letterId).orElseThrow();
            List<LetterCopy> wanted = copies.ofLetter(letterId).stream()
                    .filter(c -> ownersOfVillage.containsKey(c.villageId())).toList();
            var done = progress.of(letter, wanted.stream().map(LetterCopy::villageId).toList());
            for (LetterCopy copy : wanted) {
                Standing standing = Standing.of(letter, copy, done.getOrDefault(copy.villageId(), Map.of()));
                long tracked = standing.rows().stream().filter(Standing.Row::tracked).count();
                long reached = standing.rows().stream().filter(LetterMetrics::reached).count();
                for (long owner : ownersOfVillage.get(copy.villageId())) {
                    points.merge(owner, standing.estimated(), BigDecimal::add);
                    met.get(owner)[0] += reached;
                    met.get(owner)[1] += tracked;
                }
            }
        }
        // An org without a letter that year has no figure: the assessment then takes the value typed by hand.
        Set<Long> covered = new HashSet<>();
        ownersOfVillage.values().forEach(covered::addAll);
        points.keySet().retainAll(covered);
        met.keySet().retainAll(covered);
        if (SCORE.equals(code)) {
            return points;
        }
        Map<Long, BigDecimal> percent = new HashMap<>();
        met.forEach((org, n) -> percent.put(org, n[1] == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(n[0] * 100).divide(BigDecimal.valueOf(n[1]), 1, RoundingMode.HALF_UP)));
        return percent;
    }

    private static boolean reached(Standing.Row row) {
        if (!row.tracked()) {
            return false;
        }
        return row.item().quantified() ? row.done().compareTo(row.target()) >= 0 : row.entries() > 0;
    }
}
