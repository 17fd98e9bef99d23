package org.jiceng.target.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class TaskRulesTests {

    private static final Set<String> UNITS = Set.of("TREE", "KM", "WAN_YUAN");

    @Test
    void aDeadlineLiesInTheTasksYear() {
        assertThat(TaskRules.task(form(LocalDate.of(2010, 12, 31)), UNITS)).isEmpty();
        assertThat(fields(TaskRules.task(form(LocalDate.of(2011, 1, 15)), UNITS))).containsExactly("deadline");
    }

    @Test
    void eachUnitOnceAndFromTheList() {
        List<Quantity> lines = List.of(new Quantity(BigDecimal.TEN, "TREE"), new Quantity(BigDecimal.ONE, "TREE"),
                new Quantity(BigDecimal.ONE, "棵"), new Quantity(null, "KM"), new Quantity(null, null));
        assertThat(fields(TaskRules.targets(lines, UNITS)))
                .containsExactly("targets[1].unit", "targets[2].unit", "targets[3].quantity");
    }

    private static TaskForm form(LocalDate deadline) {
        return new TaskForm(1L, 2010, "招商引资", "01", "乡经济发展办", null, deadline, null,
                List.of(new Quantity(new BigDecimal("500"), "WAN_YUAN")));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
