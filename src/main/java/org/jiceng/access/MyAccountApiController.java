package org.jiceng.access;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.access.ApiTokenRepository.ApiToken;
import org.jiceng.shared.Actor;
import org.jiceng.shared.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account as JSON: who am I, change my password, my personal access tokens. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "我的账户", description = "当前登录用户的账户信息、修改本人密码、个人访问令牌")
class MyAccountApiController {

    private final PasswordService passwords;
    private final DataScope scope;
    private final ApiTokens tokens;

    MyAccountApiController(PasswordService passwords, DataScope scope, ApiTokens tokens) {
        this.passwords = passwords;
        this.scope = scope;
        this.tokens = tokens;
    }

    record Me(long accountId, String username, String displayName, String role, String roleLabel, long orgId,
              boolean mustChangePassword) {
    }

    @GetMapping
    @Operation(summary = "当前账户", description = "mustChangePassword=true 表示须先修改一次性密码，其他接口返回 403。")
    Me me() {
        Actor a = scope.requireActor();
        return new Me(a.accountId(), a.username(), a.displayName(), a.role().name(), a.role().label(), a.orgId(),
                passwords.mustChange(a.accountId()));
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "修改本人密码", description = "须提供当前密码；新密码输入两次且一致，满足密码复杂度（长度见系统设置，"
            + "大写、小写、数字、符号至少三类，不含用户名）。不符合时返回 422 及逐项错误。")
    void change(@Valid @RequestBody PasswordForm form) {
        passwords.changeOwn(form);
    }

    @GetMapping("/tokens")
    @Operation(summary = "我的访问令牌", description = "本人的个人访问令牌（不含令牌本身），含已撤销的，新建的在前。")
    List<ApiToken> tokens() {
        return tokens.own();
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "创建访问令牌", description = "返回的 secret 只显示这一次，请立即保存；调用 API 时使用请求头 "
            + "Authorization: Bearer <secret>。expiresOn 为明天至一年内；readOnly=true 时只能查询。令牌的权限与本账户相同；"
            + "账户停用或角色、组织变更时令牌自动撤销。须用密码登录创建（令牌不能创建令牌，返回 403）。")
    ApiTokens.Created create(@Valid @RequestBody ApiTokenForm form) {
        return tokens.createOwn(form);
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销访问令牌", description = "立即失效；已撤销的返回 422，不是本人的返回 404。")
    void revoke(@PathVariable long tokenId) {
        tokens.revokeOwn(tokenId);
    }
}
