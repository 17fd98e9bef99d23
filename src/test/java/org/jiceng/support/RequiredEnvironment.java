package org.jiceng.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL run when no PostgreSQL is configured, and browser tests when Chromium is missing — saying so
 * plainly. With {@code JICENG_REQUIRE_ALL=1} (set by .ci/run) nothing may be skipped: a missing part fails the run.
 */
public class RequiredEnvironment implements ExecutionCondition {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestDatabase.isPostgres() && TestDatabase.postgresUrl() == null) {
            return skipOrFail("SKIPPED on PostgreSQL: set " + TestDatabase.POSTGRES_URL
                    + " (e.g. jdbc:postgresql://localhost:5432/jiceng_test) to run the integration tests on PostgreSQL too");
        }
        boolean browser = context.getTestClass().map(c -> c.getSimpleName().endsWith("BrowserTests")).orElse(false);
        if (browser && !(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)))) {
            return skipOrFail("SKIPPED browser test: install Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + ")");
        }
        return ConditionEvaluationResult.enabled("environment complete");
    }

    private static ConditionEvaluationResult skipOrFail(String reason) {
        if ("1".equals(System.getenv("JICENG_REQUIRE_ALL"))) {
            throw new IllegalStateException("JICENG_REQUIRE_ALL=1 but " + reason);
        }
        System.out.println("[jiceng] " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
