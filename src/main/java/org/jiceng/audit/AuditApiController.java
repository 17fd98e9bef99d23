package org.jiceng.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log as JSON, read-only, for the auditor of the org's subtree. */
@RestController
@RequestMapping("/api/v1/audit-entries")
@PreAuthorize(AuditController.AUDITOR)
@Tag(name = "审计日志", description = "安全审计员查阅本级及下级组织的审计记录（只读；身份证号、手机号脱敏）")
class AuditApiController {

    private final AuditQueries queries;
    private final AuditVerifier verifier;

    AuditApiController(AuditQueries queries, AuditVerifier verifier) {
        this.queries = queries;
        this.verifier = verifier;
    }

    @GetMapping("/integrity")
    @Operation(summary = "校验审计日志完整性", description = "重算哈希链：intact 为 true 表示完整；否则 firstBroken 为第一条断裂的审计记录编号"
            + "（其内容或之前的记录在系统之外被改动、插入或删除），message 为说明。")
    AuditIntegrity integrity() {
        return verifier.verify();
    }

    @GetMapping
    @Operation(summary = "查询审计记录", description = "from、to 为日期（yyyy-MM-dd，含当天）；actor 为操作人用户名；objectType 如 PERSON、"
            + "ACCOUNT、ORG、SETTING、CODE_ITEM；objectId 为对象编号。默认按时间倒序；sort 可为 time、actor、type、action。")
    PageResult<AuditEntryRow> list(@ModelAttribute AuditFilter filter, @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        return queries.list(filter, PageQuery.of(page, size, sort, dir == null && sort == null ? "desc" : dir));
    }

    @GetMapping("/{auditId}")
    @Operation(summary = "查看审计记录", description = "changes 列出每个字段修改前后的值，changed 标出变化的字段。")
    AuditQueries.Detail get(@PathVariable long auditId) {
        return queries.detail(auditId);
    }
}
