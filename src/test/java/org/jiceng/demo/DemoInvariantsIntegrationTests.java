package org.jiceng.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jiceng.shared.BusinessClock;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo county is the seed's county on the seed's date: nothing in it happened after the business date, nobody
 * takes part in anything before they could, and ages are those of real people ({@link org.jiceng.support.DemoChecks}).
 * Other tests move the clock to later years and record things there, so the checks ran on the database as it stood
 * once the demo county and the fixtures were loaded; the register's own rules are checked again now.
 */
@JicengIntegrationTest
class DemoInvariantsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BusinessClock clock;

    @Test
    void theDemoCountyRunsOnTheSeedsDate() {
        assertThat(clock.fixedDate()).contains(LocalDate.of(2010, 5, 5));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2010, 5, 5));
    }

    @Test
    void theLoadedCountyIsTrueToItsDate() {
        assertThat(fixtures.startupProblems).isEmpty();
    }

    @Test
    void theSecretariesOf2010HeldOfficeIn2010() {
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM committee_posts c JOIN orgs o ON o.id = c.org_id
                WHERE o.org_type IN ('BRANCH', 'GENERAL_BRANCH') AND c.post = '01' AND c.ended_on IS NULL
                AND c.started_on > DATE '2010-05-05'""").query(Long.class).single()).isZero();
    }
}
