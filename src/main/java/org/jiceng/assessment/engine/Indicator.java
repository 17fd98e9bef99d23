package org.jiceng.assessment.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * One node of a scheme's indicator tree. At the top level a {@link ScoringMethod#GROUP} or scored node is a
 * dimension (维度) of the base total, unless it is a bonus item ({@code bonus}), a deduction item or a veto item.
 *
 * @param code      unique within the scheme; inputs and band conditions name indicators by code
 * @param max       maximum points (for a deduction: the most it may deduct, its floor as a positive number)
 * @param unit      points per item, factor, or deduction per occurrence (methods that {@link ScoringMethod#needsUnit()})
 * @param vetoGrade for a veto item: the best grade still allowed, or null when the veto removes the grade
 * @param bonus     a top-level item scored outside the base total (加分), capped by the scheme's bonus cap
 */
public record Indicator(String code, String name, ScoringMethod method, BigDecimal max, BigDecimal unit,
                        String vetoGrade, boolean bonus, String note, List<Indicator> children) {

    public Indicator {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public static Indicator group(String code, String name, String max, Indicator... children) {
        return new Indicator(code, name, ScoringMethod.GROUP, new BigDecimal(max), null, null, false, null,
                List.of(children));
    }

    public static Indicator leaf(String code, String name, ScoringMethod method, String max, String unit) {
        return new Indicator(code, name, method, new BigDecimal(max), unit == null ? null : new BigDecimal(unit),
                null, false, null, List.of());
    }

    public static Indicator bonusItem(String code, String name, ScoringMethod method, String max, String unit) {
        return new Indicator(code, name, method, new BigDecimal(max), unit == null ? null : new BigDecimal(unit),
                null, true, null, List.of());
    }

    public static Indicator veto(String code, String name, String vetoGrade) {
        return new Indicator(code, name, ScoringMethod.VETO, BigDecimal.ZERO, null, vetoGrade, false, null, List.of());
    }

    /** Where the node's points go at the top level of the tree. */
    public Section section() {
        if (method == ScoringMethod.VETO) {
            return Section.VETO;
        }
        if (method == ScoringMethod.DEDUCTION) {
            return Section.DEDUCTION;
        }
        return bonus ? Section.BONUS : Section.BASE;
    }

    /** The parts of a score sheet. */
    public enum Section { BASE, BONUS, DEDUCTION, VETO }
}
