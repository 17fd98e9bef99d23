package org.jiceng.target.task;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 中心工作 as JSON: the same service, scope, permissions and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(TaskController.KEEPERS)
@Tag(name = "中心工作", description = "乡镇年度中心工作（牵头单位、协办单位、完成时限、目标数量），分解到村（一级抓一级）")
class TaskApiController {

    private final TaskService tasks;
    private final DataScope scope;

    TaskApiController(TaskService tasks, DataScope scope) {
        this.tasks = tasks;
        this.scope = scope;
    }

    @GetMapping("/central-tasks")
    @Operation(summary = "查询中心工作", description = "org（默认本人所在组织）及其下级 year 年的中心工作和分解任务。")
    List<CentralTask> list(@RequestParam(required = false) Long org, @RequestParam int year) {
        return tasks.tasks(org == null ? scope.requireActor().orgId() : org, year);
    }

    @PostMapping("/central-tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(TaskController.OFFICERS)
    @Operation(summary = "制定中心工作", description = "orgId 为县或乡镇党委；category 为代码表 LEDGER_CATEGORY；"
            + "targets 每行一个计量单位（代码表 LEDGER_UNIT），同一单位只填一行；deadline 须在当年内。")
    CentralTask create(@Valid @RequestBody TaskForm form) {
        return tasks.create(form);
    }

    @GetMapping("/central-tasks/{taskId}")
    @Operation(summary = "查看中心工作")
    CentralTask get(@PathVariable long taskId) {
        return tasks.task(taskId);
    }

    @GetMapping("/central-tasks/{taskId}/shares")
    @Operation(summary = "分解到村的任务")
    List<CentralTask> shares(@PathVariable long taskId) {
        return tasks.shares(taskId);
    }

    @PostMapping("/central-tasks/{taskId}/shares")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(TaskController.OFFICERS)
    @Operation(summary = "分解到村", description = "orgId 为该乡镇的直属村党组织，每村一次；可填该村自己的目标数量。")
    CentralTask share(@PathVariable long taskId, @Valid @RequestBody ShareForm form) {
        return tasks.share(taskId, form);
    }
}
