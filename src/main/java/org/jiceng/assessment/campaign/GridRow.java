package org.jiceng.assessment.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.ScoringMethod;

/**
 * One village's row of the township's scoring grid, prepared for the template: per indicator the village's own value
 * and the value in the input (the reviewer's, the village's, or what was just typed) and any error. Built in Java so
 * that 30 villages × 60 indicators render without thousands of template expressions.
 */
record GridRow(CampaignEntry entry, boolean open, String formId, List<Cell> cells) {

    /**
     * {@code label} the indicator's name (the input's name for screen readers), {@code self} in words (达标, not 1);
     * {@code method} lets a yes/no item be chosen rather than typed.
     */
    record Cell(String name, String label, String self, String value, String error, ScoringMethod method) {
    }

    static GridRow of(CampaignEntry entry, List<Indicator> leaves, Map<String, EntryScore> scores, ScoreForm typed,
                      Map<String, String> errors) {
        List<Cell> cells = new ArrayList<>(leaves.size());
        for (Indicator leaf : leaves) {
            EntryScore s = scores.get(leaf.code());
            String value = typed != null ? typed.values().get(leaf.code()) : s == null ? "" : text(s.value());
            cells.add(new Cell("values[" + leaf.code() + "]", leaf.name(), s == null || s.selfValue() == null ? "—"
                    : leaf.method().valueText(s.selfValue()), value == null ? "" : value, errors.get(leaf.code()),
                    leaf.method()));
        }
        return new GridRow(entry, entry.stage() == org.jiceng.review.ReviewStage.SUBMITTED, "form-" + entry.id(), cells);
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
