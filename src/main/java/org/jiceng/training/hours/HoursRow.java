package org.jiceng.training.hours;

import java.math.BigDecimal;

/** A member's training hours in a year against what they must reach (the committee figure for 书记 and 支委). */
public record HoursRow(long personId, String name, String orgName, boolean committee, BigDecimal required,
                       BigDecimal hours) {

    public boolean behind() {
        return required != null && hours.compareTo(required) < 0;
    }

    public BigDecimal missing() {
        return behind() ? required.subtract(hours) : BigDecimal.ZERO;
    }
}
