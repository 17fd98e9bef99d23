package org.jiceng.training.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.RegisterSql;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of sessions and their attendance lists, always within the user's data scope (sessions hang on their org). */
@Component
@Transactional(readOnly = true)
public class TrainingQueries {

    static final Map<String, String> SORTS = Map.of("date", "s.start_date", "org", "o.sort_order", "hours", "s.hours");

    private static final String SELECT = """
            SELECT s.*, o.short_name AS org_name,
                   (SELECT COUNT(*) FROM training_attendance a WHERE a.session_id = s.id AND a.attended) AS attended_count,
                   (SELECT COUNT(*) FROM training_attendance a WHERE a.session_id = s.id AND NOT a.attended) AS absent_count
            FROM training_sessions s JOIN orgs o ON o.id = s.org_id""";

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final CodeLists codes;

    TrainingQueries(JdbcClient jdbc, DataScope scope, CodeLists codes) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.codes = codes;
    }

    /** The session, unscoped: callers check the scope of its org. */
    Optional<TrainingSession> session(long id) {
        Labels labels = new Labels();
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query((rs, i) -> labels.session(rs)).optional();
    }

    PageResult<TrainingSession> sessions(SessionFilter filter, PageQuery page) {
        Where where = where(filter);
        long total = jdbc.sql("SELECT COUNT(*) FROM training_sessions s WHERE " + where.sql).params(where.params)
                .query(Long.class).single();
        Labels labels = new Labels();
        List<TrainingSession> rows = jdbc.sql(SELECT + " WHERE " + where.sql + " ORDER BY "
                        + page.orderBy(SORTS, "date", "s.id DESC") + " LIMIT :limit OFFSET :offset")
                .params(where.params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> labels.session(rs)).list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Streams every matching session, newest first (for exports). */
    public void forEachSession(SessionFilter filter, java.util.function.Consumer<TrainingSession> consumer) {
        Where where = where(filter);
        Labels labels = new Labels();
        jdbc.sql(SELECT + " WHERE " + where.sql + " ORDER BY s.start_date DESC, s.id DESC").params(where.params)
                .withFetchSize(500).query(rs -> {
                    consumer.accept(labels.session(rs));
                });
    }

    private Where where(SessionFilter filter) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "s.org_id", null);
        StringBuilder where = new StringBuilder(scoped.predicate());
        Map<String, Object> params = new HashMap<>(scoped.params());
        if (filter.org() != null) {
            where.append(" AND ").append(ScopedSql.underOrg("s.org_id", "org"));
            params.put("org", filter.org());
        }
        if (filter.year() != null) {
            where.append(" AND s.start_date BETWEEN :from AND :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year(), 12, 31));
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            where.append(" AND s.category = :category");
            params.put("category", filter.category());
        }
        if (filter.mode() != null && !filter.mode().isBlank()) {
            where.append(" AND s.delivery_mode = :mode");
            params.put("mode", filter.mode());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" AND s.topic LIKE :q");
            params.put("q", "%" + filter.q().trim().replace("%", "").replace("_", "") + "%");
        }
        return new Where(where.toString(), params);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    List<Attendee> attendees(long sessionId) {
        return jdbc.sql("""
                SELECT a.*, p.name, p.political_status, o.short_name AS org_name
                FROM training_attendance a JOIN people p ON p.id = a.person_id JOIN orgs o ON o.id = p.org_id
                WHERE a.session_id = ? ORDER BY a.attended DESC, o.sort_order, p.name, p.id""")
                .param(sessionId).query((rs, i) -> new Attendee(sessionId, rs.getLong("person_id"), rs.getString("name"),
                        !"NONE".equals(rs.getString("political_status")), rs.getString("org_name"),
                        rs.getBoolean("attended"), rs.getString("absence_reason"), rs.getBigDecimal("hours")))
                .list();
    }

    /**
     * Of the given people, those the user may see who belong under the session's org (names by id); the rest are
     * unknown to this session.
     */
    Map<Long, String> peopleUnder(long orgId, List<Long> personIds) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        Map<Long, String> names = new HashMap<>();
        for (int from = 0; from < personIds.size(); from += 500) {
            List<Long> chunk = personIds.subList(from, Math.min(personIds.size(), from + 500));
            jdbc.sql("SELECT p.id, p.name FROM people p WHERE p.id IN (:ids) AND " + scoped.predicate() + " AND "
                            + ScopedSql.peopleUnderOrg("p.org_id", "p.party_group_id", "org"))
                    .params(scoped.params()).param("ids", chunk).param("org", orgId)
                    .query(rs -> {
                        names.put(rs.getLong("id"), rs.getString("name"));
                    });
        }
        return names;
    }

    /** Members (正式 and 预备) under an org who are not yet on the session's list. */
    List<Long> membersNotListed(long orgId, long sessionId) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        return jdbc.sql("SELECT p.id FROM people p WHERE " + RegisterSql.member("p") + " AND " + scoped.predicate()
                        + " AND " + ScopedSql.peopleUnderOrg("p.org_id", "p.party_group_id", "org")
                        + " AND NOT EXISTS (SELECT 1 FROM training_attendance a WHERE a.session_id = :session"
                        + " AND a.person_id = p.id) ORDER BY p.id")
                .params(scoped.params()).param("org", orgId).param("session", sessionId).query(Long.class).list();
    }

    List<String> namesAlreadyListed(long sessionId, List<Long> personIds) {
        List<String> names = new ArrayList<>();
        for (int from = 0; from < personIds.size(); from += 500) {
            names.addAll(jdbc.sql("""
                    SELECT p.name FROM training_attendance a JOIN people p ON p.id = a.person_id
                    WHERE a.session_id = :session AND a.person_id IN (:ids) ORDER BY p.name""")
                    .param("session", sessionId).param("ids", personIds.subList(from, Math.min(personIds.size(), from + 500)))
                    .query(String.class).list());
        }
        return names;
    }

    /** A person of the register a sign-in sheet may name. */
    record Candidate(long id, String name) {
    }

    /** People under the org (in scope) that a sheet's rows name, by identity number and by name. */
    record Candidates(Map<String, Candidate> byId, Map<String, List<Long>> byName) {
    }

    Candidates candidatesByNameOrId(long orgId, List<String[]> rows) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String[] row : rows) {
            if (row[0] != null && !row[0].isBlank()) {
                names.add(row[0].trim());
            }
            if (row[1] != null && !row[1].isBlank()) {
                ids.add(row[1].trim().toUpperCase());
            }
        }
        Map<String, Candidate> byId = new HashMap<>();
        Map<String, List<Long>> byName = new HashMap<>();
        String under = " AND " + scoped.predicate() + " AND " + ScopedSql.peopleUnderOrg("p.org_id", "p.party_group_id", "org");
        for (List<String> chunk : chunks(new ArrayList<>(ids))) {
            jdbc.sql("SELECT p.id, p.name, p.id_number FROM people p WHERE p.id_number IN (:ids)" + under)
                    .params(scoped.params()).param("ids", chunk).param("org", orgId)
                    .query(rs -> {
                        byId.put(rs.getString("id_number"), new Candidate(rs.getLong("id"), rs.getString("name")));
                    });
        }
        for (List<String> chunk : chunks(new ArrayList<>(names))) {
            jdbc.sql("SELECT p.id, p.name FROM people p WHERE p.name IN (:names)" + under + " ORDER BY p.id")
                    .params(scoped.params()).param("names", chunk).param("org", orgId)
                    .query(rs -> {
                        byName.computeIfAbsent(rs.getString("name"), n -> new ArrayList<>()).add(rs.getLong("id"));
                    });
        }
        return new Candidates(byId, byName);
    }

    private static List<List<String>> chunks(List<String> values) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += 500) {
            chunks.add(values.subList(from, Math.min(values.size(), from + 500)));
        }
        return chunks;
    }

    private final class Labels {
        private final Map<String, String> categories = codes.labels(TrainingService.CATEGORY_LIST);
        private final Map<String, String> modes = codes.labels(TrainingService.MODE_LIST);

        TrainingSession session(ResultSet rs) throws SQLException {
            String category = rs.getString("category");
            String mode = rs.getString("delivery_mode");
            return new TrainingSession(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"),
                    rs.getString("topic"), category, categories.getOrDefault(category, category), mode,
                    modes.getOrDefault(mode, mode), rs.getString("organizer"), rs.getString("instructor"),
                    rs.getString("venue"), rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class), rs.getBigDecimal("hours"),
                    rs.getInt("unnamed_villagers"), rs.getString("note"), rs.getLong("version"),
                    rs.getInt("attended_count"), rs.getInt("absent_count"));
        }
    }
}
