package org.jiceng.access;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.organization.OrgDirectory;
import org.jiceng.organization.OrgSummary;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account administration as JSON, for the security administrator only: the same service, scope and rules. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(AccountAdminController.SECURITY_ADMIN)
@Tag(name = "账户管理", description = "安全管理员管理本级及下级组织的账户（三员分立：管理员账户与业务账户互不转换）")
class AccountAdminApiController {

    private final AccountAdminService service;
    private final AccountQueries queries;
    private final OrgDirectory directory;
    private final DataScope scope;

    AccountAdminApiController(AccountAdminService service, AccountQueries queries, OrgDirectory directory,
                              DataScope scope) {
        this.service = service;
        this.queries = queries;
        this.directory = directory;
        this.scope = scope;
    }

    /** An account waiting for confirmation, and the role of who confirms it (who receives the one-time password). */
    record AccountProposed(Account account, String awaitingConfirmationBy) {

        static AccountProposed of(Account account) {
            return new AccountProposed(account, AccountRules.confirmer(account.role()).label());
        }
    }

    @GetMapping("/accounts")
    @Operation(summary = "查询账户", description = "本级及下级组织的账户；q 按用户名或姓名（部分）；role 为角色代码；accountOrg 只看该组织及下级；"
            + "sort 可为 username、name、role、org、lastLogin；分页从 1 开始。")
    PageResult<AccountRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                                @RequestParam(required = false) Long accountOrg,
                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        return queries.list(new AccountFilter(q, role, accountOrg), PageQuery.of(page, size, sort, dir));
    }

    @GetMapping("/account-orgs")
    @Operation(summary = "可选组织", description = "本级及下级组织的名称（不含党小组、不含人员信息），q 按名称（部分），最多 200 个。")
    List<OrgSummary> orgs(@RequestParam(required = false) String q) {
        return directory.under(scope.requireActor().orgId(), q, AccountAdminController.ORG_OPTIONS);
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建账户", description = "三员分立：账户待县委组织部干部（业务账户）或系统管理员（管理员账户）确认后方可登录，"
            + "一次性密码由确认人取得（/api/v1/account-confirmations）。党员账户须带 memberId（人员编号）；管理员账户不关联人员。")
    AccountProposed create(@Valid @RequestBody AccountForm form) {
        return AccountProposed.of(service.create(form));
    }

    @GetMapping("/accounts/{accountId}")
    @Operation(summary = "查看账户")
    Account get(@PathVariable long accountId) {
        return service.get(accountId);
    }

    @PutMapping("/accounts/{accountId}")
    @Operation(summary = "修改账户", description = "修改姓名、角色、所属组织、人员编号；username 不可改。须带 version，他人已修改时 409。"
            + "不能修改自己的角色；管理员角色与业务角色不能互换，安全审计员的角色不能修改（422）；改变角色、组织或人员后账户待确认。")
    Account update(@PathVariable long accountId, @Valid @RequestBody AccountForm form) {
        return service.update(accountId, form);
    }

    @PostMapping("/accounts/{accountId}/disable")
    @Operation(summary = "停用账户", description = "不能停用自己的账户。须带 version。")
    Account disable(@PathVariable long accountId, @Valid @RequestBody AccountActionForm form) {
        return service.setEnabled(accountId, false, form.version());
    }

    @PostMapping("/accounts/{accountId}/enable")
    @Operation(summary = "启用账户", description = "须带 version。")
    Account enable(@PathVariable long accountId, @Valid @RequestBody AccountActionForm form) {
        return service.setEnabled(accountId, true, form.version());
    }

    @PostMapping("/accounts/{accountId}/unlock")
    @Operation(summary = "解除锁定", description = "清除连续登录失败次数与锁定。须带 version。")
    Account unlock(@PathVariable long accountId, @Valid @RequestBody AccountActionForm form) {
        return service.unlock(accountId, form.version());
    }

    @PostMapping("/accounts/{accountId}/reset-password")
    @Operation(summary = "重置密码", description = "原密码立即失效并解除锁定；账户待确认，新的一次性密码由确认人取得。须带 version。")
    AccountProposed reset(@PathVariable long accountId, @Valid @RequestBody AccountActionForm form) {
        return AccountProposed.of(service.resetPassword(accountId, form.version()));
    }

    @GetMapping("/accounts/{accountId}/tokens")
    @Operation(summary = "账户的访问令牌", description = "该账户的个人访问令牌（不含令牌本身），含已撤销的。")
    List<ApiTokenRepository.ApiToken> tokens(@PathVariable long accountId) {
        return service.tokens(accountId);
    }

    @PostMapping("/accounts/{accountId}/tokens/{tokenId}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销账户的访问令牌", description = "立即失效（如令牌遗失）；已撤销的返回 422。")
    void revokeToken(@PathVariable long accountId, @PathVariable long tokenId) {
        service.revokeToken(accountId, tokenId);
    }
}
