package org.jiceng.training;

import java.time.Clock;
import java.time.LocalDate;

import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The year training pages open on: the latest year with records in the user's scope, or this year. */
@Component
public class TrainingYears {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DataScope scope;

    TrainingYears(JdbcClient jdbc, DataScope scope, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.scope = scope;
    }

    public int defaultYear() {
        return latest("training_sessions", "start_date");
    }

    /** The latest year with a meeting record in the user's scope, or this year. */
    public int meetingYear() {
        return latest("org_meetings", "held_on");
    }

    private int latest(String table, String dateColumn) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "t.org_id", null);
        LocalDate latest = jdbc.sql("SELECT MAX(t." + dateColumn + ") FROM " + table + " t WHERE " + scoped.predicate())
                .params(scoped.params()).query(LocalDate.class).optional().orElse(null);
        return latest == null ? LocalDate.now(clock).getYear() : latest.getYear();
    }
}
