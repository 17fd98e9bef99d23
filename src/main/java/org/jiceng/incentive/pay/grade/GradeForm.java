package org.jiceng.incentive.pay.grade;

import java.util.ArrayList;
import java.util.List;

/** Grades as the township officer enters them: one row per cadre; a blank grade leaves the cadre as they are. */
public record GradeForm(List<Row> rows) {

    public GradeForm {
        rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
    }

    /** A cadre's grade and the version of the grade on record that the officer saw (null: none). */
    public record Row(Long personId, String grade, Long version) {
    }
}
