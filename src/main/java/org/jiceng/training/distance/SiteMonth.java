package org.jiceng.training.distance;

import java.math.BigDecimal;

/**
 * A site's use in one month against the county's monthly minimums: enough group playbacks and enough hours.
 * {@code met} is null for months not over yet or when the county set no minimums.
 */
public record SiteMonth(int month, int playbacks, BigDecimal hours, Boolean met) {
}
