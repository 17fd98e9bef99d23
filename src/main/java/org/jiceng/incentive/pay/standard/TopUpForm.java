package org.jiceng.incentive.pay.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A township's top-ups for a year as edited: one row per post (blank = none); {@code version} as read. */
public record TopUpForm(List<Row> rows, Long version) {

    public TopUpForm {
        rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
    }

    /** A post's monthly top-up. */
    public record Row(String post, BigDecimal monthly) {
    }
}
