package org.jiceng.organization;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.excel.ExcelReader;
import org.jiceng.shared.excel.SpreadsheetException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Member imports (批量导入党员): an officer uploads the template into an org of their subtree; the file's form and
 * columns are checked at once (nothing is written for a wrong file), its rows in the background; the preview shows
 * each row's errors; commit adds all rows or none — only when no row has an error — in one transaction, audited once
 * with the counts. Staged rows are deleted after commit or discard.
 */
@Service
@Transactional
public class MemberImportService {

    static final String AUDIT_TYPE = "MEMBER_IMPORT";
    private static final int COMMIT_BATCH = 1000;

    private final MemberImportRepository imports;
    private final MemberImportJob job;
    private final PeopleRepository people;
    private final RegisterAccess access;
    private final DataScope scope;
    private final CodeLists codes;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MemberImportLeases leases;

    MemberImportService(MemberImportRepository imports, MemberImportJob job, PeopleRepository people,
                        RegisterAccess access, DataScope scope, CodeLists codes, JdbcClient jdbc,
                        ApplicationEventPublisher events, Clock clock, MemberImportLeases leases) {
        this.clock = clock;
        this.leases = leases;
        this.imports = imports;
        this.job = job;
        this.people = people;
        this.access = access;
        this.scope = scope;
        this.codes = codes;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Checks the file and starts validating its rows; a wrong file is a {@link SpreadsheetException}, nothing saved. */
    public MemberImport upload(long orgId, String fileName, InputStream content) {
        OrgSummary org = access.org(orgId);
        if (org.type() == OrgType.PARTY_GROUP) {
            throw RuleViolationException.onField("org", "请选择乡镇党委或党支部，党员登记在党支部");
        }
        Path file = copy(content);
        try {
            new ExcelReader(MemberSheet.HEADERS).check(file);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        String name = fileName == null || fileName.isBlank() ? "未命名.xlsx" : truncate(fileName.trim());
        long id = imports.create(orgId, name, scope.requireActor().username(), LocalDateTime.now(clock), leases.node(),
                leases.until());
        MemberImport created = imports.find(id).orElseThrow();
        events.publishEvent(Audited.created(AUDIT_TYPE, id, name, orgId, Map.of("file", name, "org", org.shortName())));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                job.start(id, orgId, file);
            }

            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(file);
                }
            }
        });
        return created;
    }

    @Transactional(readOnly = true)
    public MemberImport get(long importId) {
        MemberImport found = imports.find(importId).orElseThrow(() -> NotFoundException.of("导入", importId));
        access.org(found.orgId());
        return found;
    }

    @Transactional(readOnly = true)
    public List<MemberImport> recent() {
        return imports.list(ScopedSql.of(scope.scope(ScopeKind.REGISTER), "i.org_id", null), 50);
    }

    /** Staged rows of an import (only those with errors, if asked), a page at a time. */
    @Transactional(readOnly = true)
    public PageResult<StagedRow> rows(long importId, boolean onlyErrors, int page, int size) {
        get(importId);
        long total = imports.countRows(importId, onlyErrors);
        return new PageResult<>(imports.rows(importId, onlyErrors, size, (long) (page - 1) * size), page, size, total);
    }

    /** Adds every staged row to the register in this one transaction, or none; audited once with the counts. */
    public MemberImport commit(long importId, Long version) {
        MemberImport found = get(importId);
        if (!found.committable()) {
            throw new RuleViolationException(found.status() == ImportStatus.INVALID
                    ? "有 " + found.errorRows() + " 行错误，不能导入：请改正后重新上传" : "该导入当前状态为“"
                    + found.statusLabel() + "”，不能提交", List.of());
        }
        long expected = version == null ? found.version() : version;
        imports.move(importId, expected, ImportStatus.COMMITTED, found.totalRows() + " 名党员已导入", LocalDateTime.now(clock));
        ImportRowCheck check = new ImportRowCheck(new ImportLookups(codes, jdbc, found.orgId()), java.time.LocalDate.now(clock));
        LocalDateTime now = LocalDateTime.now(clock);
        int[] added = {0};
        try {
            imports.forEachRow(importId, COMMIT_BATCH, page -> {
                List<MemberForm> forms = new ArrayList<>(page.size());
                for (StagedRow row : page) {
                    MemberSheet.Parsed parsed = check.check(row.rowNumber(), row.cells());
                    if (!row.valid() || !parsed.errors().isEmpty()) {
                        throw new RuleViolationException("第 " + row.rowNumber() + " 行有错误，未导入任何数据", List.of());
                    }
                    forms.add(parsed.form());
                }
                people.insertAll(forms, now);
                added[0] += forms.size();
            });
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("校验后有身份证号已被登记，未导入任何数据：请重新上传以再次校验", List.of());
        }
        imports.deleteRows(importId);
        events.publishEvent(new Audited("IMPORT", AUDIT_TYPE, importId, found.fileName(), found.orgId(), null,
                Map.of("file", found.fileName(), "org", found.orgName(), "membersAdded", added[0])));
        return imports.find(importId).orElseThrow();
    }

    /** Throws the staged rows away; nothing is added to the register. */
    public MemberImport discard(long importId, Long version) {
        MemberImport found = get(importId);
        if (!found.discardable()) {
            throw new RuleViolationException("该导入当前状态为“" + found.statusLabel() + "”，无需放弃", List.of());
        }
        imports.move(importId, version == null ? found.version() : version, ImportStatus.DISCARDED, "已放弃，未导入任何数据",
                LocalDateTime.now(clock));
        imports.deleteRows(importId);
        events.publishEvent(new Audited("DISCARD", AUDIT_TYPE, importId, found.fileName(), found.orgId(), null,
                Map.of("file", found.fileName(), "rows", found.totalRows())));
        return imports.find(importId).orElseThrow();
    }

    private static Path copy(InputStream content) {
        try {
            Path file = Files.createTempFile(MemberImportLeases.FILE_PREFIX, ".xlsx");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new SpreadsheetException("未能读取上传的文件，请重新上传", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans up what remains
        }
    }

    private static String truncate(String name) {
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
