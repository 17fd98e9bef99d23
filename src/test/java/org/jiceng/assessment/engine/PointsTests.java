package org.jiceng.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PointsTests {

    @Test
    void roundsHalfUpToTwoDecimals() {
        assertThat(Points.round(new BigDecimal("2.345"))).isEqualTo(new BigDecimal("2.35"));
        assertThat(Points.round(new BigDecimal("2.344"))).isEqualTo(new BigDecimal("2.34"));
        assertThat(Points.round(new BigDecimal("-2.345"))).isEqualTo(new BigDecimal("-2.35"));
    }

    @Test
    void clampsAndPrintsWithoutTrailingZeros() {
        assertThat(Points.clamp(new BigDecimal("12"), BigDecimal.ZERO, BigDecimal.TEN)).isEqualTo(BigDecimal.TEN);
        assertThat(Points.clamp(new BigDecimal("-1"), BigDecimal.ZERO, BigDecimal.TEN)).isEqualTo(BigDecimal.ZERO);
        assertThat(Points.text(new BigDecimal("60.00"))).isEqualTo("60");
        assertThat(Points.text(new BigDecimal("0.5700"))).isEqualTo("0.57");
        assertThat(Points.text(null)).isEmpty();
    }
}
