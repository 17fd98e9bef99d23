package org.jiceng.demo;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health says so while the demo county is loading: {@code /actuator/health} (and its readiness group) is
 * OUT_OF_SERVICE (503) from start-up until the loader has decided and, if it loads, committed the whole county — so a
 * load balancer, a start-up script or a benchmark never sends users to a half-loaded county — and DOWN if the load
 * failed. This holds even if the load ever moves off the start-up thread: it does not rely on the order in which
 * Spring Boot reports readiness.
 */
@Component("demoCounty")
class DemoCountyReadiness implements HealthIndicator {

    private static final Health LOADING = Health.outOfService().withDetail("demoCounty", "正在检查或载入演示数据").build();

    private volatile Health health = LOADING;

    /** Runs the loader's work; health is out of service until it returns and down if it throws. */
    void whileLoading(Runnable load) {
        health = LOADING;
        try {
            load.run();
            health = Health.up().build();
        } catch (RuntimeException e) {
            health = Health.down().withDetail("demoCounty", "演示数据载入失败").build();
            throw e;
        }
    }

    /** For the tests: whether the county counts as loaded. */
    boolean ready() {
        return Status.UP.equals(health.getStatus());
    }

    @Override
    public Health health() {
        return health;
    }
}
