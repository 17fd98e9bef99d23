package org.jiceng.training.hours;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.training.TrainingRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Training hours and the county's yearly requirements as JSON, with the pages' permissions. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "学时", description = "党员年度培训学时：达标情况、个人学时记录、县委设置的年度学时要求")
class HoursApiController {

    private final HoursService hours;
    private final DataScope scope;

    HoursApiController(HoursService hours, DataScope scope) {
        this.hours = hours;
        this.scope = scope;
    }

    @GetMapping("/training-hours")
    @PreAuthorize(TrainingRoles.KEEPERS)
    @Operation(summary = "党员学时", description = "org（默认本人所在组织）整个下级范围内党籍正常的党员在 year 年度的学时与应达学时；"
            + "behind=true 只看未达标的；sort 可为 org、name、hours。")
    PageResult<HoursRow> members(@RequestParam(required = false) Long org, @RequestParam int year,
                                 @RequestParam(required = false) Boolean behind, @RequestParam(required = false) String q,
                                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                 @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        return hours.members(orgOrOwn(org), year, Boolean.TRUE.equals(behind), q, PageQuery.of(page, size, sort, dir));
    }

    @GetMapping("/training-hours/branches")
    @PreAuthorize(TrainingRoles.KEEPERS)
    @Operation(summary = "按组织汇总学时达标", description = "每个党员登记所在组织的党员数、达标人数、平均学时。")
    List<BranchHours> branches(@RequestParam(required = false) Long org, @RequestParam int year) {
        return hours.byBranch(orgOrOwn(org), year);
    }

    @GetMapping("/people/{personId}/training-hours")
    @PreAuthorize("hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY', 'MEMBER')")
    @Operation(summary = "个人学时记录", description = "党员本人可查看自己的记录。")
    PersonHours person(@PathVariable long personId, @RequestParam int year) {
        return hours.person(personId, year);
    }

    @GetMapping("/training-hour-rules/{year}")
    @PreAuthorize(TrainingRoles.KEEPERS)
    @Operation(summary = "年度学时要求", description = "本县该年度适用的要求（该年度未设置时沿用之前最近年度的）。")
    HourRule rule(@PathVariable int year) {
        return hours.rule(scope.requireActor().orgId(), year);
    }

    @PutMapping("/training-hour-rules/{year}")
    @PreAuthorize("hasRole('COUNTY_OFFICER')")
    @Operation(summary = "设置年度学时要求", description = "县委组织部干部设置本县该年度的要求；修改时须带上 version。")
    HourRule saveRule(@PathVariable int year, @Valid @RequestBody HourRuleForm form) {
        return hours.saveRule(year, form);
    }

    private long orgOrOwn(Long org) {
        return org == null ? scope.requireActor().orgId() : org;
    }
}
