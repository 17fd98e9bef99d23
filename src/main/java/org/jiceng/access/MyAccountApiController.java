package org.jiceng.access;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.Actor;
import org.jiceng.shared.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account as JSON: who am I, and change my password. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "我的账户", description = "当前登录用户的账户信息与修改本人密码")
class MyAccountApiController {

    private final PasswordService passwords;
    private final DataScope scope;

    MyAccountApiController(PasswordService passwords, DataScope scope) {
        this.passwords = passwords;
        this.scope = scope;
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
}
