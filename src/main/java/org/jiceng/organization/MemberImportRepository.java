package org.jiceng.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of member imports and their staged rows. Unscoped: the service checks the data scope first. */
@Repository
class MemberImportRepository {

    private static final String SELECT = """
            SELECT i.id, i.org_id, o.short_name AS org_name, i.file_name, i.status, i.total_rows, i.processed_rows,
                   i.error_rows, i.message, i.created_by, i.created_at, i.finished_at, i.version
            FROM member_imports i JOIN orgs o ON o.id = i.org_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    MemberImportRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long create(long orgId, String fileName, String createdBy, LocalDateTime now, String owner, LocalDateTime leaseUntil) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO member_imports (org_id, file_name, status, created_by, created_at, version, owner, lease_until)
                VALUES (?, ?, 'VALIDATING', ?, ?, 0, ?, ?)""")
                .params(orgId, fileName, createdBy, now, owner, leaseUntil).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<MemberImport> find(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = ?").param(id).query((rs, i) -> map(rs)).optional();
    }

    /** The latest imports under the scope predicate (on {@code i.org_id}). */
    List<MemberImport> list(ScopedSql scoped, int limit) {
        return jdbc.sql(SELECT + " WHERE " + scoped.predicate()
                        + " ORDER BY i.created_at DESC, i.id DESC LIMIT :limit")
                .params(scoped.params()).param("limit", limit).query((rs, i) -> map(rs)).list();
    }

    /** Progress of a validation, renewing its lease; false when the import is no longer being validated. */
    boolean progress(long id, int processed, int errors, LocalDateTime leaseUntil) {
        return jdbc.sql("""
                UPDATE member_imports SET processed_rows = ?, error_rows = ?, lease_until = ?
                WHERE id = ? AND status = 'VALIDATING'""").params(processed, errors, leaseUntil, id).update() > 0;
    }

    void renew(Collection<Long> ids, String owner, LocalDateTime leaseUntil) {
        jdbc.sql("""
                UPDATE member_imports SET lease_until = :until
                WHERE id IN (:ids) AND owner = :owner AND status = 'VALIDATING'""")
                .param("until", leaseUntil).param("ids", List.copyOf(ids)).param("owner", owner).update();
    }

    void finish(long id, ImportStatus status, int total, int errors, String message, LocalDateTime now) {
        jdbc.sql("""
                UPDATE member_imports SET status = ?, total_rows = ?, processed_rows = ?, error_rows = ?, message = ?,
                       finished_at = ?, version = version + 1
                WHERE id = ? AND status = 'VALIDATING'""")
                .params(status.name(), total, total, errors, message, now, id).update();
    }

    /** Moves an import on from the status the user saw; someone else's move first makes it a conflict. */
    void move(long id, long expectedVersion, ImportStatus to, String message, LocalDateTime now) {
        int rows = jdbc.sql("""
                UPDATE member_imports SET status = ?, message = ?, finished_at = ?, version = version + 1
                WHERE id = ? AND version = ?""").params(to.name(), message, now, id, expectedVersion).update();
        if (rows == 0) {
            throw new StaleEditException("该导入");
        }
    }

    /** Imports left VALIDATING by a stopped instance (their lease ran out) will never finish: they fail. */
    int failExpired(String message, LocalDateTime finishedAt, LocalDateTime now) {
        return jdbc.sql("""
                UPDATE member_imports SET status = 'FAILED', message = ?, finished_at = ?, version = version + 1
                WHERE status = 'VALIDATING' AND (lease_until IS NULL OR lease_until < ?)""")
                .params(message, finishedAt, now).update();
    }

    /** Staged rows of imports that are over: they can never be committed. */
    int deleteRowsOfFinished() {
        return jdbc.sql("""
                DELETE FROM member_import_rows WHERE import_id IN
                    (SELECT id FROM member_imports WHERE status IN ('FAILED', 'DISCARDED', 'COMMITTED'))""").update();
    }

    void stage(long importId, List<StagedRow> rows) {
        batch.batchUpdate("INSERT INTO member_import_rows (import_id, row_number, row_data, errors) VALUES (?, ?, ?, ?)",
                rows, rows.size(), (ps, row) -> {
                    ps.setLong(1, importId);
                    ps.setInt(2, row.rowNumber());
                    ps.setString(3, row.encodedCells());
                    ps.setString(4, row.encodedErrors());
                });
    }

    long countRows(long importId, boolean onlyErrors) {
        return jdbc.sql("SELECT COUNT(*) FROM member_import_rows WHERE import_id = ?"
                + (onlyErrors ? " AND errors IS NOT NULL" : "")).param(importId).query(Long.class).single();
    }

    List<StagedRow> rows(long importId, boolean onlyErrors, int limit, long offset) {
        return jdbc.sql("SELECT row_number, row_data, errors FROM member_import_rows WHERE import_id = ?"
                        + (onlyErrors ? " AND errors IS NOT NULL" : "") + " ORDER BY row_number LIMIT ? OFFSET ?")
                .params(importId, limit, offset)
                .query((rs, i) -> StagedRow.decode(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Every staged row in row order, a page at a time (keyset), so a large import never sits in memory whole. */
    void forEachRow(long importId, int pageSize, Consumer<List<StagedRow>> consumer) {
        int after = 0;
        while (true) {
            List<StagedRow> page = jdbc.sql("""
                    SELECT row_number, row_data, errors FROM member_import_rows
                    WHERE import_id = ? AND row_number > ? ORDER BY row_number LIMIT ?""")
                    .params(importId, after, pageSize)
                    .query((rs, i) -> StagedRow.decode(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
            if (page.isEmpty()) {
                return;
            }
            consumer.accept(page);
            after = page.get(page.size() - 1).rowNumber();
        }
    }

    /** Which of these identity numbers are already registered. */
    List<String> registeredIdNumbers(List<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id_number FROM people WHERE id_number IN (:ids)").param("ids", idNumbers)
                .query(String.class).list();
    }

    void deleteRows(long importId) {
        jdbc.sql("DELETE FROM member_import_rows WHERE import_id = ?").param(importId).update();
    }

    Map<String, Object> summary(MemberImport i) {
        return Map.of("file", i.fileName(), "org", i.orgName(), "rows", i.totalRows());
    }

    private static MemberImport map(ResultSet rs) throws SQLException {
        return new MemberImport(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"),
                rs.getString("file_name"), ImportStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"),
                rs.getInt("processed_rows"), rs.getInt("error_rows"), rs.getString("message"),
                rs.getString("created_by"), rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("finished_at", LocalDateTime.class), rs.getLong("version"));
    }
}
