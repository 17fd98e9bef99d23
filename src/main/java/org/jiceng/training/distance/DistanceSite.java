package org.jiceng.training.distance;

import java.math.BigDecimal;

/** A village's distance-education site (远程教育站点) with its usage in the year: playbacks, hours, months met. */
public record DistanceSite(long id, long orgId, String orgName, String name, String administrator, String equipment,
                           long version, int playbacks, BigDecimal hours) {
}
