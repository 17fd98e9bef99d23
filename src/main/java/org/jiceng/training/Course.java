package org.jiceng.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A county course (调训): its session, seats, and how many are selected and have completed it. */
public record Course(long id, long orgId, String name, LocalDate startDate, LocalDate endDate, String venue,
                     BigDecimal hours, int seats, int selected, int completed) {

    String label() {
        return "调训：" + name;
    }
}
