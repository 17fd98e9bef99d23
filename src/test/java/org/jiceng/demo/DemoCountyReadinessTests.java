package org.jiceng.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class DemoCountyReadinessTests {

    @Test
    void isOutOfServiceFromTheStartUntilTheLoaderIsDone() {
        var readiness = new DemoCountyReadiness();
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        readiness.whileLoading(() -> assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        readiness.whileLoading(() -> assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE));
    }

    @Test
    void isDownWhenTheLoadFailed() {
        var readiness = new DemoCountyReadiness();
        assertThatThrownBy(() -> readiness.whileLoading(() -> {
            throw new IllegalStateException("broken seed");
        })).hasMessage("broken seed");
        assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
    }
}
