package org.jiceng.access;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/account-confirmations")
@PreAuthorize(AccountConfirmationController.CONFIRMERS)
@Tag(name = "账户确认", description = "三员分立：安全管理员新建、变更角色或组织、重置密码的账户，须由县委组织部干部（业务账户，本级及下级组织）"
        + "或系统管理员（管理员账户）确认后方可登录；一次性密码只交给确认人")
class AccountConfirmationApiController {

    /** Which account to confirm, from the version the confirming person saw. */
    record ConfirmRequest(@NotNull Long account, @NotNull Long version) {
    }

    private final AccountConfirmations confirmations;

    AccountConfirmationApiController(AccountConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @GetMapping
    @Operation(summary = "待确认账户", description = "本人可确认的账户：提出人、变更内容与版本号。")
    List<AccountConfirmations.Waiting> waiting() {
        return confirmations.waiting();
    }

    @PostMapping
    @Operation(summary = "确认账户", description = "新建或重置密码时返回一次性密码（仅此一次），请交给本人；他人已修改时 409。")
    AccountConfirmations.Confirmed confirm(@Valid @RequestBody ConfirmRequest request) {
        return confirmations.confirm(request.account(), request.version());
    }
}
