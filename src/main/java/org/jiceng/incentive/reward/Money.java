package org.jiceng.incentive.reward;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.Optional;

/**
 * Amounts of rewards and penalties: yuan, exact to the fen (DECIMAL(14,2)), always above zero — a penalty is a
 * record of its own nature, never a negative reward, and a mistake is reversed, never edited (DOMAIN decision 6).
 */
final class Money {

    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    /** What is wrong with a typed amount, in Chinese; empty when it is a valid amount. */
    static Optional<String> problem(BigDecimal amount) {
        if (amount == null) {
            return Optional.of("请填写金额");
        }
        if (amount.signum() < 0) {
            return Optional.of("金额不能为负数");
        }
        if (amount.signum() == 0) {
            return Optional.of("金额须大于0");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of("金额最小单位为分，至多两位小数");
        }
        if (amount.compareTo(MAX) > 0) {
            return Optional.of("金额过大");
        }
        return Optional.empty();
    }

    /** 2000 → "2,000.00". */
    static String format(BigDecimal amount) {
        return new DecimalFormat("#,##0.00").format(amount);
    }
}
