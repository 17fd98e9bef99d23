package org.jiceng.organization.mobility;

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

/** 流动党员 as JSON: the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "流动党员", description = "外出、流入登记及返回，历史记录，按乡镇或党支部的名单")
class MobilityApiController {

    private final MobilityService mobility;
    private final DataScope scope;

    MobilityApiController(MobilityService mobility, DataScope scope) {
        this.mobility = mobility;
        this.scope = scope;
    }

    @GetMapping("/members/{personId}/mobility")
    @PreAuthorize(MobilityController.READERS)
    @Operation(summary = "一名党员的流动登记（历史）")
    List<Mobility> history(@PathVariable long personId) {
        return mobility.history(personId);
    }

    @PostMapping("/members/{personId}/mobility")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MobilityController.KEEPERS)
    @Operation(summary = "登记外出或流入", description = "direction 为 OUT（外出，place 为外出流向，otherOrg 为流入地党组织）或 IN"
            + "（流入，place 为来源地，otherOrg 为原所在党组织）；leftOn、reason 必填，contact 为联系方式。外出登记使党员的“是否流动党员”为是、"
            + "外出流向为 place。")
    Mobility register(@PathVariable long personId, @Valid @RequestBody MobilityForm form) {
        return mobility.register(personId, form);
    }

    @PostMapping("/mobility/{mobilityId}/return")
    @PreAuthorize(MobilityController.KEEPERS)
    @Operation(summary = "登记返回", description = "须带 version；返回日期不早于外出（流入）日期、不晚于今天。")
    Mobility returned(@PathVariable long mobilityId, @Valid @RequestBody ReturnForm form) {
        return mobility.returned(mobilityId, form);
    }

    @GetMapping("/mobility")
    @PreAuthorize(MobilityController.KEEPERS)
    @Operation(summary = "流动党员名单", description = "org 的整个下级范围（默认本人所在组织）；all=true 含已返回的登记。")
    List<Mobility> list(@RequestParam(required = false) Long org, @RequestParam(required = false) boolean all) {
        return mobility.under(org != null ? org : scope.requireActor().orgId(), all);
    }
}
