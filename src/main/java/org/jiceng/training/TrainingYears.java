package org.jiceng.training;

import java.time.LocalDate;

import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The year training pages open on: the latest year with a session in the user's scope, or this year. */
@Component
class TrainingYears {

    private final JdbcClient jdbc;
    private final DataScope scope;

    TrainingYears(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    int defaultYear() {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "s.org_id", null);
        LocalDate latest = jdbc.sql("SELECT MAX(s.start_date) FROM training_sessions s WHERE " + scoped.predicate())
                .params(scoped.params()).query(LocalDate.class).optional().orElse(null);
        return latest == null ? LocalDate.now().getYear() : latest.getYear();
    }
}
