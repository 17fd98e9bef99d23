package org.jiceng.incentive.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Money is exact to the fen: sub-fen amounts are refused, never rounded away; shares round half up once. */
class MoneyTests {

    @Test
    void subFenAmountsAreRefusedNotRounded() {
        assertThat(Money.check("amount", "金额", new BigDecimal("1.001"), false)).isPresent();
        assertThat(Money.check("amount", "金额", new BigDecimal("1.010"), false)).isEmpty();
        assertThatThrownBy(() -> Money.fen(new BigDecimal("0.005"))).isInstanceOf(ArithmeticException.class);
        assertThat(Money.round(new BigDecimal("0.005"))).isEqualByComparingTo("0.01");
        assertThat(Money.check("amount", "金额", BigDecimal.ZERO, true)).isEmpty();
        assertThat(Money.check("amount", "金额", BigDecimal.ZERO, false)).isPresent();
    }

    @Test
    void sumsOfGeneratedFenAmountsAreExact() {
        Random random = new Random(1L);
        for (int round = 0; round < 500; round++) {
            long fen = 0;
            java.util.List<BigDecimal> amounts = new java.util.ArrayList<>();
            for (int i = 0; i < random.nextInt(100); i++) {
                long f = random.nextInt(10_000_000) - 5_000_000;
                fen += f;
                amounts.add(BigDecimal.valueOf(f, 2));
            }
            assertThat(Money.sum(amounts)).isEqualTo(BigDecimal.valueOf(fen, 2));
        }
    }
}
