package org.jiceng.incentive.pay.account;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.incentive.pay.PayRoles;
import org.jiceng.shared.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Dedicated accounts and their ledgers as JSON: the same service, roles, scope and rules as the pages. */
@RestController
@Tag(name = "村干部报酬专帐", description = "乡财政所为每村开设的报酬专帐：拨入（来源、日期、金额、文号）、发放、冲销（须写原因，不能修改或删除）；余额由收支记录合计得出，不单独保存")
@PreAuthorize(PayRoles.READERS)
class PayAccountApiController {

    private final LedgerService ledger;
    private final PayOrgs orgs;
    private final DataScope scope;
    private final java.time.Clock clock;

    PayAccountApiController(LedgerService ledger, PayOrgs orgs, DataScope scope, java.time.Clock clock) {
        this.clock = clock;
        this.ledger = ledger;
        this.orgs = orgs;
        this.scope = scope;
    }

    @GetMapping("/api/v1/pay/accounts")
    @Operation(summary = "乡镇各村专帐", description = "org 为乡镇或村（默认本人所在组织所属乡镇）；balance 为当前余额。")
    List<PayAccount> list(@RequestParam(required = false) Long org) {
        return ledger.accounts(orgs.township(org == null ? scope.requireActor().orgId() : org).id());
    }

    @PostMapping("/api/v1/pay/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PayRoles.TOWNSHIP)
    @Operation(summary = "开设专帐", description = "仅乡镇组织委员；每村一个；population 为村户籍人口（决定报酬职数）。")
    PayAccount open(@Valid @RequestBody PayAccountForm form) {
        return ledger.open(form);
    }

    @GetMapping("/api/v1/pay/accounts/{payAccountId}")
    @Operation(summary = "查看专帐")
    PayAccount get(@PathVariable long payAccountId) {
        return ledger.account(payAccountId);
    }

    @PutMapping("/api/v1/pay/accounts/{payAccountId}")
    @PreAuthorize(PayRoles.TOWNSHIP)
    @Operation(summary = "修改专帐信息", description = "账户名称、开户银行、账号、人口、开户日期；不能改变所属村和金额；version 为读取时的版本。")
    PayAccount update(@PathVariable long payAccountId, @Valid @RequestBody PayAccountForm form) {
        return ledger.update(payAccountId, form);
    }

    @GetMapping("/api/v1/pay/accounts/{payAccountId}/statement")
    @Operation(summary = "专帐明细", description = "year 年度（默认今年）的上年结转、每笔收支及其后余额、本年合计。")
    Statement statement(@PathVariable long payAccountId, @RequestParam(required = false) Integer year) {
        return ledger.statement(payAccountId, year == null ? java.time.LocalDate.now(clock).getYear() : year);
    }

    @PostMapping("/api/v1/pay/accounts/{payAccountId}/funds")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PayRoles.TOWNSHIP)
    @Operation(summary = "登记拨入", description = "date 到账日期（不早于开户、不晚于今天）、amount 金额（元，大于0，精确到分）、source 资金来源、documentNo 文号。")
    LedgerEntry fundsIn(@PathVariable long payAccountId, @Valid @RequestBody FundsForm form) {
        return ledger.fundsIn(payAccountId, form);
    }

    @PostMapping("/api/v1/pay/entries/{ledgerEntryId}/reversal")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PayRoles.TOWNSHIP)
    @Operation(summary = "冲销一笔收支", description = "以今天为日期登记一笔金额相反的冲销记录，须写 reason；同一笔只能冲销一次，冲销记录不能再冲销；冲销拨入不能使专帐透支。")
    LedgerEntry reverse(@PathVariable long ledgerEntryId, @RequestBody ReversalForm form) {
        return ledger.reverse(ledgerEntryId, form);
    }
}
