package org.jiceng.target.task;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.ScopeKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 中心工作 ({@link TaskRules}): a county or township officer writes its org's central tasks for a year and assigns
 * each village its share (一级抓一级) with the village's own lead and amounts. Every write audited.
 */
@Service
@Transactional
public class TaskService {

    static final String TASK = "CENTRAL_TASK";

    private final TaskRepository repository;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final ApplicationEventPublisher events;

    TaskService(TaskRepository repository, OrgTree tree, CodeLists codes, DataScope scope,
                ApplicationEventPublisher events) {
        this.repository = repository;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
    }

    /** Writes a task of a county or township in scope; refused with field errors, nothing written. */
    public CentralTask create(TaskForm form) {
        OrgSummary org = org(form.orgId());
        List<FieldError> errors = TaskRules.task(form, units());
        if (org.type() != OrgType.TOWNSHIP && org.type() != OrgType.COUNTY) {
            errors.add(new FieldError("orgId", "中心工作由县、乡镇党委制定，再分解到村"));
        }
        if (!codes.isValid(TaskRepository.CATEGORIES, form.category())) {
            errors.add(new FieldError("category", "请选择类别"));
        }
        RuleViolationException.throwIfAny("中心工作未保存", errors);
        long id = repository.insert(org.id(), null, form.year(), form.title(), form.category(), form.leadUnit(),
                form.coUnits(), form.deadline(), form.description(), form.filledTargets(),
                scope.requireActor().username());
        CentralTask created = repository.find(id).orElseThrow();
        events.publishEvent(Audited.created(TASK, id, created.label(), created.orgId(), created));
        return created;
    }

    /** Assigns a village directly under the task's org its share, once per village. */
    public CentralTask share(long taskId, ShareForm form) {
        CentralTask task = task(taskId);
        OrgSummary village = org(form.orgId());
        List<FieldError> errors = TaskRules.targets(form.targets(), units());
        if (task.share()) {
            errors.add(new FieldError("orgId", "这是村的分解任务，不能再分解"));
        } else if (village.parentId() == null || village.parentId() != task.orgId()) {
            errors.add(new FieldError("orgId", village.shortName() + "不是" + task.orgName() + "的下级党组织"));
        } else if (repository.hasShare(taskId, village.id())) {
            errors.add(new FieldError("orgId", village.shortName() + "已分解过这项工作"));
        }
        RuleViolationException.throwIfAny("分解任务未保存", errors);
        long id = repository.insert(village.id(), taskId, task.year(), task.title(), task.category(), form.leadUnit(),
                form.coUnits(), task.deadline(), task.description(), form.filledTargets(),
                scope.requireActor().username());
        CentralTask created = repository.find(id).orElseThrow();
        events.publishEvent(Audited.created(TASK, id, created.label(), created.orgId(), created));
        return created;
    }

    /** A task the user may see (404 otherwise). */
    @Transactional(readOnly = true)
    public CentralTask task(long taskId) {
        return repository.find(taskId).filter(t -> covers(t.orgId()))
                .orElseThrow(() -> NotFoundException.of("中心工作", taskId));
    }

    /** The shares of a task that the user may see. */
    @Transactional(readOnly = true)
    public List<CentralTask> shares(long taskId) {
        task(taskId);
        return repository.shares(taskId).stream().filter(t -> covers(t.orgId())).toList();
    }

    /** Tasks of orgs under an org in a year (the org in scope, 404 otherwise). */
    @Transactional(readOnly = true)
    public List<CentralTask> tasks(long orgId, int year) {
        org(orgId);
        return repository.under(ScopedSql.of(scope.scope(ScopeKind.REGISTER), "t.org_id", null), orgId, year);
    }

    /** What an entry of the org in that year may be linked to: tasks of the org or above it, that the user sees. */
    @Transactional(readOnly = true)
    public List<CentralTask> linkable(long orgId, int year) {
        return repository.forOrg(orgId, year).stream().filter(t -> covers(t.orgId())).toList();
    }

    private Set<String> units() {
        return new HashSet<>(codes.labels(TaskRepository.UNITS).keySet());
    }

    private OrgSummary org(Long orgId) {
        return (orgId == null ? java.util.Optional.<OrgSummary>empty() : tree.find(orgId))
                .filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("党组织", orgId));
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
