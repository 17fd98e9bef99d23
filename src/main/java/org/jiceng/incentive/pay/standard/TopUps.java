package org.jiceng.incentive.pay.standard;

import java.math.BigDecimal;
import java.util.Map;

import org.jiceng.incentive.pay.Money;

/**
 * A township's monthly top-ups (乡镇补贴) per post for a year, on top of the county's basic pay. A township may top up
 * within the county's limit only ({@link PayStandard#topupLimit()}); a post without a row gets none.
 */
public record TopUps(Long id, long townshipId, int year, Map<String, BigDecimal> monthly, long version) {

    public static TopUps none(long townshipId, int year) {
        return new TopUps(null, townshipId, year, Map.of(), 0);
    }

    /**
     * The top-up a post gets in a month under this standard: the township's amount, never more than the county's
     * limit of that year (a limit lowered after the township set its amounts caps them).
     */
    public BigDecimal forPost(String post, PayStandard standard) {
        BigDecimal amount = monthly.getOrDefault(post, Money.ZERO);
        return Money.fen(amount.min(standard.topupLimit()));
    }
}
