package org.jiceng.target.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.UploadTypes;
import org.jiceng.target.demonstration.DemonstrationService;
import org.jiceng.target.task.CentralTask;
import org.jiceng.target.task.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger diary ({@link DiaryRules}): a branch secretary records for their village, an officer for their township
 * or a village below; the entry, its lines and its files are written together or not at all, and audited. An entry
 * is corrected from the version the user saw (a conflict otherwise); rollups sum each unit on its own.
 */
@Service
@Transactional
public class DiaryService {

    static final String ENTRY = "LEDGER_DIARY";
    static final String FILE = "LEDGER_DIARY_FILE";

    private final DiaryRepository repository;
    private final DiaryQueries queries;
    private final TaskService tasks;
    private final DemonstrationService demonstrations;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DiaryService(DiaryRepository repository, DiaryQueries queries, TaskService tasks,
                 DemonstrationService demonstrations, OrgTree tree, CodeLists codes,
                 DataScope scope, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.tasks = tasks;
        this.demonstrations = demonstrations;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** Records an entry with its evidence files; any refusal writes nothing. */
    public DiaryEntry record(DiaryForm form, List<Upload> files) {
        check(form, files);
        long id = repository.insert(form, form.filledQuantities(), scope.requireActor().username());
        for (Upload file : files) {
            repository.insertFile(id, file, UploadTypes.check(file.fileName(), file.content()),
                    scope.requireActor().username());
        }
        DiaryEntry created = repository.find(id).orElseThrow();
        events.publishEvent(Audited.created(ENTRY, id, created.label(), created.orgId(), created));
        return created;
    }

    /** Corrects an entry (same org) from the version the user edited. */
    public DiaryEntry update(long diaryId, DiaryForm form) {
        DiaryEntry before = entry(diaryId);
        if (form.orgId() == null || form.orgId() != before.orgId()) {
            throw RuleViolationException.onField("orgId", "台账日记不能改到其他党组织");
        }
        check(form, List.of());
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该台账日记");
        }
        repository.update(diaryId, form, form.filledQuantities(), scope.requireActor().username(), before.version());
        DiaryEntry after = repository.find(diaryId).orElseThrow();
        events.publishEvent(Audited.updated(ENTRY, diaryId, after.label(), after.orgId(), before, after));
        return after;
    }

    /** Adds an evidence file to an entry. */
    public DiaryFile addFile(long diaryId, Upload file) {
        DiaryEntry entry = entry(diaryId);
        RuleViolationException.throwIfAny("佐证材料未上传", DiaryRules.files(List.of(file)));
        long id = repository.insertFile(diaryId, file, UploadTypes.check(file.fileName(), file.content()),
                scope.requireActor().username());
        DiaryFile created = repository.findFile(id).orElseThrow();
        events.publishEvent(Audited.created(FILE, id, entry.label() + "：" + created.fileName(), entry.orgId(),
                created));
        return created;
    }

    @Transactional(readOnly = true)
    public DiaryEntry entry(long diaryId) {
        return repository.find(diaryId).filter(e -> covers(e.orgId()))
                .orElseThrow(() -> NotFoundException.of("台账日记", diaryId));
    }

    @Transactional(readOnly = true)
    public DiaryFile file(long diaryFileId) {
        DiaryFile file = repository.findFile(diaryFileId)
                .orElseThrow(() -> NotFoundException.of("佐证材料", diaryFileId));
        entry(file.entryId());
        return file;
    }

    @Transactional(readOnly = true)
    public byte[] fileContent(long diaryFileId) {
        file(diaryFileId);
        return repository.fileContent(diaryFileId);
    }

    @Transactional(readOnly = true)
    public PageResult<DiaryEntry> entries(DiaryFilter filter, PageQuery page) {
        return queries.page(scoped(filter.orgId()), filter, page);
    }

    /**
     * The ledger under an org summed by unit: all, per org directly below, per central task of the year. With
     * {@code demonstrationOnly}, only the demonstration villages' rows, and the totals are theirs.
     */
    @Transactional(readOnly = true)
    public LedgerRollup rollup(DiaryFilter filter, boolean demonstrationOnly) {
        ScopedSql scoped = scoped(filter.orgId());
        OrgSummary org = tree.find(filter.orgId()).orElseThrow();
        Map<Long, DiaryQueries.Bucket> buckets = queries.byChild(scoped, filter);
        List<OrgSummary> below = new ArrayList<>(List.of(org));
        below.addAll(tree.children(org.id()).stream().filter(c -> covers(c.id())).toList());
        Map<Long, List<String>> demonstration = demonstrations.kindsOf(below.stream().map(OrgSummary::id).toList(),
                filter.year());
        List<LedgerRollup.Row> rows = new ArrayList<>();
        Map<String, BigDecimal> shown = new HashMap<>();
        long shownEntries = 0;
        for (OrgSummary o : below) {
            DiaryQueries.Bucket b = buckets.getOrDefault(o.id(), new DiaryQueries.Bucket());
            boolean own = o.id() == org.id();
            List<String> kinds = demonstration.getOrDefault(o.id(), List.of());
            if (own && b.entries == 0 || demonstrationOnly && (own || kinds.isEmpty())) {
                continue;
            }
            rows.add(new LedgerRollup.Row(o.id(), own ? o.shortName() + "（本级）" : o.shortName(), own, b.entries,
                    queries.ordered(b.sums), kinds));
            b.sums.forEach((u, q) -> shown.merge(u, q, BigDecimal::add));
            shownEntries += b.entries;
        }
        if (!demonstrationOnly) {
            // Every entry under the org falls in one bucket (its own or a child's), so the buckets sum to the whole.
            shown.clear();
            shownEntries = 0;
            for (DiaryQueries.Bucket b : buckets.values()) {
                b.sums.forEach((u, q) -> shown.merge(u, q, BigDecimal::add));
                shownEntries += b.entries;
            }
        }
        return new LedgerRollup(org.id(), org.shortName(), filter.year(), shownEntries, queries.ordered(shown), rows,
                progress(scoped, filter));
    }

    /** Each task of the year under the org (or the one filtered) against its targets; a task's done includes its shares'. */
    private List<LedgerRollup.TaskProgress> progress(ScopedSql scoped, DiaryFilter filter) {
        List<CentralTask> all = tasks.tasks(filter.orgId(), filter.year());
        Map<Long, Map<String, BigDecimal>> done = queries.byTask(scoped, all.stream().map(CentralTask::id).toList(),
                filter.year());
        Map<String, String> labels = codes.labels(DiaryRepository.UNITS);
        List<LedgerRollup.TaskProgress> result = new ArrayList<>();
        for (CentralTask task : all) {
            if (filter.taskId() != null && task.id() != filter.taskId()) {
                continue;
            }
            Map<String, BigDecimal> sums = new HashMap<>(done.getOrDefault(task.id(), Map.of()));
            all.stream().filter(s -> s.parentId() != null && s.parentId() == task.id()).forEach(s ->
                    done.getOrDefault(s.id(), Map.of()).forEach((u, q) -> sums.merge(u, q, BigDecimal::add)));
            List<LedgerRollup.Progress> units = new ArrayList<>();
            task.targets().forEach(t -> units.add(LedgerRollup.Progress.of(t.unit(), t.unitLabel(), t.quantity(),
                    sums.getOrDefault(t.unit(), BigDecimal.ZERO))));
            sums.forEach((u, q) -> {
                if (!task.units().contains(u)) {
                    units.add(LedgerRollup.Progress.of(u, labels.getOrDefault(u, u), null, q));
                }
            });
            result.add(new LedgerRollup.TaskProgress(task.id(), task.orgName(), task.title(), task.share(), units));
        }
        return result;
    }

    /** What an entry of an org may be linked to in a year. */
    @Transactional(readOnly = true)
    public List<CentralTask> linkableTasks(long orgId, int year) {
        return tasks.linkable(orgId, year);
    }

    private void check(DiaryForm form, List<Upload> files) {
        List<FieldError> errors = new ArrayList<>();
        OrgSummary org = tree.find(form.orgId()).filter(o -> covers(o.id()))
                .orElseThrow(() -> NotFoundException.of("党组织", form.orgId()));
        if (org.type() != OrgType.TOWNSHIP && !org.type().isVillageLevel()) {
            errors.add(new FieldError("orgId", "台账日记记在乡镇党委或村党组织名下"));
        }
        CentralTask task = null;
        if (form.taskId() != null) {
            task = tasks.task(form.taskId());
            if (!tree.contains(task.orgId(), org.id())) {
                errors.add(new FieldError("taskId", "“" + task.title() + "”不是" + org.shortName() + "或其上级的中心工作"));
            }
        }
        if (!codes.isValid(DiaryRepository.CATEGORIES, form.category())) {
            errors.add(new FieldError("category", "请选择类别"));
        }
        errors.addAll(DiaryRules.entry(form, task, codes.labels(DiaryRepository.UNITS), LocalDate.now(clock)));
        errors.addAll(DiaryRules.files(files));
        RuleViolationException.throwIfAny("台账日记未保存", errors);
    }

    private ScopedSql scoped(long orgId) {
        tree.find(orgId).filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("党组织", orgId));
        return ScopedSql.checkedPerRow(scope.scope(ScopeKind.REGISTER), "e.org_id", null);
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
