package org.jiceng.assessment.campaign;

import org.jiceng.shared.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.RuleViolationException;

/**
 * What an entry's score sheet takes: the indicators that take an input, the values typed for them (blank is not
 * entered, anything but a number is refused next to its indicator) and the values that count (the township's review
 * over the branch's own).
 */
final class ScoreInputs {

    private ScoreInputs() {
    }

    /** Leaf indicators that take an input, in display order. */
    static List<Indicator> leaves(Scheme scheme) {
        return scheme.allIndicators().stream().filter(i -> i.method().takesInput()).toList();
    }

    static Map<String, BigDecimal> inputs(Map<String, EntryScore> scores) {
        Map<String, BigDecimal> inputs = new HashMap<>();
        scores.forEach((code, s) -> {
            if (s.value() != null) {
                inputs.put(code, s.value());
            }
        });
        return inputs;
    }

    /** Reads the typed values; blank means not entered; anything but a number is refused next to its indicator. */
    static Map<String, BigDecimal> parse(Scheme scheme, Map<String, String> raw) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Indicator indicator : leaves(scheme)) {
            String text = raw.get(indicator.code());
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                values.put(indicator.code(), new BigDecimal(text.strip()));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(indicator.code(), indicator.name() + "：请填写数字"));
            }
        }
        RuleViolationException.throwIfAny("有" + errors.size() + "项指标的填报不是数字", errors);
        return values;
    }

    /** Nothing may be submitted with an indicator left empty. */
    static void requireComplete(Scheme scheme, Map<String, BigDecimal> values, String who) {
        List<FieldError> errors = leaves(scheme).stream().filter(i -> !values.containsKey(i.code()))
                .map(i -> new FieldError(i.code(), i.name() + "：提交前须填写")).toList();
        RuleViolationException.throwIfAny(who + "还有" + errors.size() + "项指标未填写，不能提交", errors);
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

}
