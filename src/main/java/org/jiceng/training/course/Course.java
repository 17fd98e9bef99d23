package org.jiceng.training.course;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A county course (调训): its session, seats, and how many are selected, have completed it, and have their completion
 * (结业 or 未结业) recorded.
 */
public record Course(long id, long orgId, String name, LocalDate startDate, LocalDate endDate, String venue,
                     BigDecimal hours, int seats, int selected, int completed, int recorded, long version) {

    String label() {
        return "调训：" + name;
    }
}
