package org.jiceng.target.ledger;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.UploadTypes;
import org.jiceng.target.task.Quantity;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of diary entries, their quantity lines and evidence files. */
@Repository
class DiaryRepository {

    static final String CATEGORIES = "LEDGER_CATEGORY";
    static final String UNITS = "LEDGER_UNIT";

    static final String SELECT = """
            SELECT e.*, o.short_name AS org_name, t.title AS task_title FROM ledger_diary_entries e
            JOIN orgs o ON o.id = e.org_id LEFT JOIN central_tasks t ON t.id = e.task_id""";

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final Clock clock;

    DiaryRepository(JdbcClient jdbc, CodeLists codes, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.clock = clock;
    }

    long insert(DiaryForm f, List<Quantity> lines, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ledger_diary_entries (org_id, entry_year, entry_date, category, content, witness, task_id,
                    recorded_by, recorded_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(f.orgId(), f.date().getYear(), f.date(), f.category(), f.content().strip(),
                        f.witness().strip(), f.taskId(), username, LocalDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertLines(id, lines);
        return id;
    }

    /** Replaces what the entry says, from the version the user edited; another edit in between is a conflict. */
    void update(long id, DiaryForm f, List<Quantity> lines, String username, long version) {
        int rows = jdbc.sql("""
                UPDATE ledger_diary_entries SET entry_year = ?, entry_date = ?, category = ?, content = ?, witness = ?,
                    task_id = ?, updated_by = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(f.date().getYear(), f.date(), f.category(), f.content().strip(), f.witness().strip(),
                        f.taskId(), username, LocalDateTime.now(clock), id, version).update();
        if (rows == 0) {
            throw new StaleEditException("该台账日记");
        }
        jdbc.sql("DELETE FROM ledger_diary_quantities WHERE entry_id = ?").param(id).update();
        insertLines(id, lines);
    }

    private void insertLines(long entryId, List<Quantity> lines) {
        int n = 0;
        for (Quantity q : lines) {
            jdbc.sql("INSERT INTO ledger_diary_quantities (entry_id, line_no, quantity, unit) VALUES (?, ?, ?, ?)")
                    .params(entryId, ++n, q.quantity(), q.unit()).update();
        }
    }

    long insertFile(long entryId, Upload file, String contentType, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ledger_diary_files (entry_id, file_name, content_type, size_bytes, content, uploaded_by,
                    uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(entryId, UploadTypes.safeName(file.fileName()), contentType, file.content().length,
                        file.content(), username, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<DiaryEntry> find(long id) {
        return withDetails(jdbc.sql(SELECT + " WHERE e.id = ?").param(id).query(mapper()).list()).stream()
                .findFirst();
    }

    Optional<DiaryFile> findFile(long id) {
        return jdbc.sql("""
                SELECT id, entry_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                FROM ledger_diary_files WHERE id = ?""").param(id).query(fileMapper()).optional();
    }

    byte[] fileContent(long id) {
        return jdbc.sql("SELECT content FROM ledger_diary_files WHERE id = ?").param(id).query(byte[].class).single();
    }

    /** Entries with their quantity lines and files, each read in one query for the whole list. */
    List<DiaryEntry> withDetails(List<DiaryEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        List<Long> ids = entries.stream().map(DiaryEntry::id).toList();
        Map<String, String> units = codes.labels(UNITS);
        Map<Long, List<DiaryEntry.Line>> lines = new HashMap<>();
        jdbc.sql("SELECT entry_id, quantity, unit FROM ledger_diary_quantities WHERE entry_id IN (:ids)"
                        + " ORDER BY entry_id, line_no").param("ids", ids)
                .query(rs -> {
                    lines.computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>()).add(new DiaryEntry.Line(
                            rs.getBigDecimal("quantity"), rs.getString("unit"),
                            units.getOrDefault(rs.getString("unit"), rs.getString("unit"))));
                });
        Map<Long, List<DiaryFile>> files = new HashMap<>();
        jdbc.sql("""
                SELECT id, entry_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                FROM ledger_diary_files WHERE entry_id IN (:ids) ORDER BY id""").param("ids", ids)
                .query(fileMapper()).list().forEach(f -> files.computeIfAbsent(f.entryId(), k -> new ArrayList<>())
                        .add(f));
        return entries.stream().map(e -> e.withQuantities(lines.getOrDefault(e.id(), List.of()))
                .withFiles(files.getOrDefault(e.id(), List.of()))).toList();
    }

    RowMapper<DiaryEntry> mapper() {
        Map<String, String> categories = codes.labels(CATEGORIES);
        return (rs, i) -> new DiaryEntry(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"),
                rs.getInt("entry_year"), rs.getObject("entry_date", java.time.LocalDate.class),
                rs.getString("category"), categories.getOrDefault(rs.getString("category"), rs.getString("category")),
                rs.getString("content"), rs.getString("witness"), rs.getObject("task_id", Long.class),
                rs.getString("task_title"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", LocalDateTime.class), rs.getLong("version"), List.of(), List.of());
    }

    private static RowMapper<DiaryFile> fileMapper() {
        return (rs, i) -> new DiaryFile(rs.getLong("id"), rs.getLong("entry_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", LocalDateTime.class));
    }
}
