package org.jiceng.configuration;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Code lists as JSON, for the system administrator only. */
@RestController
@RequestMapping("/api/v1/code-lists")
@PreAuthorize(SettingsController.SYSTEM_ADMIN)
@Tag(name = "代码表", description = "民族、学历、人员类别、职务等代码表：新增、修改、停用（代码不删除）")
class CodeListApiController {

    private final CodeListAdminService codes;

    CodeListApiController(CodeListAdminService codes) {
        this.codes = codes;
    }

    /** A code list with all its items, inactive ones included. */
    record CodeListDetail(CodeListSummary list, List<CodeItemRow> items) {
    }

    /** The version of the item being (de)activated. */
    record VersionForm(Long version) {
    }

    @GetMapping
    @Operation(summary = "全部代码表")
    List<CodeListSummary> lists() {
        return codes.lists();
    }

    @GetMapping("/{listCode}")
    @Operation(summary = "一个代码表及其全部代码", description = "active=false 为已停用的代码。")
    CodeListDetail list(@PathVariable String listCode) {
        return new CodeListDetail(codes.list(listCode), codes.items(listCode));
    }

    @GetMapping("/{listCode}/migrations")
    @Operation(summary = "迁移到国家代码的情况", description = "升级时旧代码的去向及记录数：SAME 代码不变，MAPPED 已对应到 newCode，"
            + "UNMAPPED 未能对应（记录保留旧值，待维护人员选择国家代码）。")
    List<CodeMigration> migrations(@PathVariable String listCode) {
        return codes.migrations(listCode);
    }

    @PostMapping("/{listCode}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增本地代码", description = "code 在本代码表内唯一（1–10位字母、数字、- 或 _），label 必填；"
            + "新增的都是本地代码（national=false），不能使用国家代码或国家代码的名称。")
    CodeItemRow add(@PathVariable String listCode, @Valid @RequestBody CodeItemForm form) {
        return codes.add(listCode, form);
    }

    @PutMapping("/{listCode}/items/{code}")
    @Operation(summary = "修改代码名称和排序", description = "代码本身不能修改，国家代码的名称也不能修改。须带 version，他人已修改时 409。")
    CodeItemRow update(@PathVariable String listCode, @PathVariable String code, @Valid @RequestBody CodeItemForm form) {
        return codes.update(listCode, code, form);
    }

    @PostMapping("/{listCode}/items/{code}/deactivate")
    @Operation(summary = "停用代码", description = "代码不删除：已使用它的记录照常显示，新记录不能再选。须带 version。")
    CodeItemRow deactivate(@PathVariable String listCode, @PathVariable String code, @RequestBody VersionForm form) {
        return codes.setActive(listCode, code, false, form.version());
    }

    @PostMapping("/{listCode}/items/{code}/activate")
    @Operation(summary = "重新启用代码", description = "须带 version。")
    CodeItemRow activate(@PathVariable String listCode, @PathVariable String code, @RequestBody VersionForm form) {
        return codes.setActive(listCode, code, true, form.version());
    }
}
