package org.jiceng.organization;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organization tree as JSON: the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/orgs")
@Tag(name = "组织", description = "党组织树：县委、乡镇党委、村党支部/党总支、党小组")
@PreAuthorize("hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')")
class OrgApiController {

    private static final String UNIT_FIELDS = "单位信息：partyCode 党组织代码（6至30位数字或大写字母，不得与其他组织重复）、"
            + "unitName 单位名称、unitCategory 单位类别（代码表 ORG_UNIT_CATEGORY）、unitCode 单位代码（18位统一社会信用代码，"
            + "校验位按 GB 32100 核对；不详可留空）、unitPartyStatus 单位建立党组织情况（代码表 ORG_UNIT_PARTY_STATUS）、"
            + "formation 组建方式（代码表 ORG_FORMATION：单独组建、联合组建、挂靠组建）、approvedOn 批准建立日期（不晚于今天，"
            + "不早于上级党组织成立日期）。不合规时返回 422，errors 中按字段列出原因，不作任何修改。";

    private final OrgQueries queries;
    private final OrgService orgs;

    OrgApiController(OrgQueries queries, OrgService orgs) {
        this.queries = queries;
        this.orgs = orgs;
    }

    @GetMapping
    @Operation(summary = "列出组织", description = "不带 parent 时返回本人管辖的顶层组织；带 parent 时返回其直接下级。")
    List<OrgNode> list(@RequestParam(required = false) Long parent) {
        return parent == null ? queries.roots() : queries.children(parent);
    }

    @GetMapping("/{orgId}")
    @Operation(summary = "查看组织")
    Org get(@PathVariable long orgId) {
        return orgs.get(orgId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增下级组织", description = "parentId 为上级组织；type 为 TOWNSHIP、GENERAL_BRANCH、BRANCH、PARTY_GROUP 等。"
            + UNIT_FIELDS)
    Org create(@Valid @RequestBody OrgForm form) {
        return orgs.create(form);
    }

    @PutMapping("/{orgId}")
    @Operation(summary = "修改组织", description = "须带上读取时的 version；他人已修改时返回 409。" + UNIT_FIELDS)
    Org update(@PathVariable long orgId, @Valid @RequestBody OrgForm form) {
        return orgs.update(orgId, form);
    }

    /** Where to move an organization. */
    record MoveRequest(long newParentId, Long version) {
    }

    @PostMapping("/{orgId}/move")
    @Operation(summary = "调整隶属关系", description = "连同全部下级组织、党员一起移到新的上级组织之下。")
    Org move(@PathVariable long orgId, @RequestBody MoveRequest request) {
        return orgs.move(orgId, request.newParentId(), request.version());
    }
}
