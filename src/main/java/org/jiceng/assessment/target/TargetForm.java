package org.jiceng.assessment.target;

import java.math.BigDecimal;
import java.util.List;

/** A target as typed: township, year, kind, scheme family, grade, value (share % or count) or named villages. */
public record TargetForm(Long orgId, Integer year, Target.Kind kind, String family, String grade, BigDecimal value,
                         String label, List<Long> named, Long version) {

    public TargetForm {
        named = named == null ? List.of() : List.copyOf(named);
    }
}
