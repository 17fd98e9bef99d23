package org.jiceng.organization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.jiceng.configuration.CodeLists;
import org.jiceng.configuration.Settings;
import org.jiceng.shared.excel.ExcelReader;
import org.jiceng.shared.excel.SpreadsheetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Validates an uploaded member sheet in the background, so a 15,000-row file does not hold the request: streams the
 * rows, checks each ({@link ImportRowCheck}) and whether its identity number is already registered, stages them in
 * batches with their errors and reports progress. One import at a time per instance keeps memory flat.
 */
@Component
class MemberImportJob {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(MemberImportJob.class);

    private final MemberImportRepository imports;
    private final CodeLists codes;
    private final Settings settings;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "member-import");
        thread.setDaemon(true);
        return thread;
    });

    private final MemberImportLeases leases;

    MemberImportJob(MemberImportRepository imports, CodeLists codes, Settings settings, JdbcClient jdbc, Clock clock,
                    MemberImportLeases leases) {
        this.clock = clock;
        this.leases = leases;
        this.imports = imports;
        this.codes = codes;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** Starts validating; the job owns (and deletes) the file, and this instance holds the import's lease meanwhile. */
    void start(long importId, long orgId, Path file) {
        leases.hold(importId, file);
        worker.submit(() -> run(importId, orgId, file));
    }

    void run(long importId, long orgId, Path file) {
        try {
            Staging staging = new Staging(importId, new ImportRowCheck(new ImportLookups(codes, jdbc, orgId),
                    LocalDate.now(clock)), settings.intValue(Settings.IMPORT_MAX_ROWS));
            new ExcelReader(MemberSheet.HEADERS).read(file, staging::add);
            staging.flush();
            imports.finish(importId, staging.errorRows > 0 ? ImportStatus.INVALID : ImportStatus.VALID,
                    staging.rows, staging.errorRows, staging.errorRows > 0
                            ? staging.errorRows + " 行有错误：请在原文件中改正后重新上传；所有行无误才能导入"
                            : staging.rows + " 行全部通过校验，可以提交导入", LocalDateTime.now(clock));
        } catch (SpreadsheetException e) {
            imports.deleteRows(importId);
            imports.finish(importId, ImportStatus.FAILED, 0, 0, e.getMessage(), LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            log.error("Member import {} failed", importId, e);
            imports.deleteRows(importId);
            imports.finish(importId, ImportStatus.FAILED, 0, 0, "校验时出现系统错误，请重新上传", LocalDateTime.now(clock));
        } finally {
            leases.release(importId, file);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file);
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Rows waiting to be staged, and the counts so far. */
    private final class Staging {
        private final long importId;
        private final ImportRowCheck check;
        private final int maxRows;
        private final List<StagedRow> batch = new ArrayList<>(BATCH);
        private final List<String> idNumbers = new ArrayList<>(BATCH);
        private int rows;
        private int errorRows;

        Staging(long importId, ImportRowCheck check, int maxRows) {
            this.importId = importId;
            this.check = check;
            this.maxRows = maxRows;
        }

        void add(int rowNumber, List<String> cells) {
            if (++rows > maxRows) {
                throw new SpreadsheetException("一次最多导入 " + maxRows + " 行，请拆分文件后分批上传");
            }
            MemberSheet.Parsed parsed = check.check(rowNumber, cells);
            batch.add(new StagedRow(rowNumber, cells, parsed.errors()));
            idNumbers.add(parsed.form().idNumber());
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            Set<String> registered = new HashSet<>(imports.registeredIdNumbers(
                    idNumbers.stream().filter(java.util.Objects::nonNull).distinct().toList()));
            List<StagedRow> staged = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                StagedRow row = batch.get(i);
                if (registered.contains(idNumbers.get(i))) {
                    List<String> errors = new ArrayList<>(row.errors());
                    errors.add(MemberSheet.error(MemberSheet.ID_NUMBER, "该身份证号已登记在册，不能重复登记"));
                    row = new StagedRow(row.rowNumber(), row.cells(), errors);
                }
                errorRows += row.valid() ? 0 : 1;
                staged.add(row);
            }
            imports.stage(importId, staged);
            if (!imports.progress(importId, rows, errorRows, leases.until())) {
                // Failed by a sweep (this instance's lease ran out, e.g. after a long pause): stop, rows are swept.
                throw new SpreadsheetException("校验已中断，请重新上传");
            }
            batch.clear();
            idNumbers.clear();
        }
    }
}
