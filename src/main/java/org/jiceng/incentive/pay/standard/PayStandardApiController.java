package org.jiceng.incentive.pay.standard;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.incentive.pay.PayRoles;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
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

/** Pay standards and top-ups as JSON: the same service, roles and rules as the pages. */
@RestController
@Tag(name = "村干部报酬标准", description = "县委组织部按年度制定各职务基本报酬和绩效报酬、按村人口的报酬职数、考核等次对应的绩效比例、发放日期；乡镇在县定上限内设置补贴")
@PreAuthorize(PayRoles.READERS)
class PayStandardApiController {

    private final PayStandardService standards;
    private final PayOrgs orgs;
    private final DataScope scope;

    PayStandardApiController(PayStandardService standards, PayOrgs orgs, DataScope scope) {
        this.standards = standards;
        this.orgs = orgs;
        this.scope = scope;
    }

    @GetMapping("/api/v1/pay/standards/{year}")
    @Operation(summary = "年度报酬标准", description = "本县该年度的标准；未制定时返回404（标准不沿用，须复制到新年度）。")
    PayStandard get(@PathVariable int year) {
        return standards.ofYear(scope.requireActor().orgId(), year)
                .orElseThrow(() -> new NotFoundException(year + "年度村干部报酬标准尚未制定"));
    }

    @PutMapping("/api/v1/pay/standards/{year}")
    @PreAuthorize(PayRoles.COUNTY)
    @Operation(summary = "制定或修改年度报酬标准", description = "仅县委组织部干部。posts 为各职务（VILLAGE_CADRE_POST 代码）的月基本报酬、年绩效报酬（元，精确到分）；caps 为人口下限→最多职数，须有从0起的一档；grades 为等次名称→绩效比例（%）；version 为读取时的版本（新年度不填），他人已修改时返回409。")
    PayStandard put(@PathVariable int year, @Valid @RequestBody PayStandardForm form) {
        return standards.save(year, form);
    }

    @PostMapping("/api/v1/pay/standards/{year}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PayRoles.COUNTY)
    @Operation(summary = "复制为下一年度标准", description = "把 year 年度的标准复制为 year+1 年度的标准；下一年度已有标准时返回422。")
    PayStandard copy(@PathVariable int year) {
        return standards.copyToNextYear(year);
    }

    @GetMapping("/api/v1/pay/topups/{year}")
    @Operation(summary = "乡镇补贴", description = "org 为乡镇（默认本人所在乡镇）：该年度各职务每人每月补贴（元）。")
    TopUps topups(@PathVariable int year, @RequestParam(required = false) Long org) {
        return standards.topups(orgs.township(org == null ? scope.requireActor().orgId() : org).id(), year);
    }

    @PutMapping("/api/v1/pay/topups/{year}")
    @PreAuthorize(PayRoles.TOWNSHIP)
    @Operation(summary = "设置乡镇补贴", description = "仅乡镇组织委员；rows 为职务→每月补贴，不超过县定上限；version 为读取时的版本（首次设置不填）。")
    TopUps putTopups(@PathVariable int year, @RequestParam(required = false) Long org, @RequestBody TopUpForm form) {
        return standards.saveTopups(org == null ? scope.requireActor().orgId() : org, year, form);
    }
}
