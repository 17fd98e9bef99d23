package org.jiceng.organization;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.excel.ExcelDownload;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of the register's lists, from the list pages' "导出Excel" buttons and from the API (same paths under
 * {@code /api/v1}): the filters, sort and scope of the list; an org outside the user's subtree is not found.
 */
@RestController
@PreAuthorize(PeopleController.KEEPERS)
@Tag(name = "导出", description = "名册导出为 Excel（.xlsx），筛选条件与列表相同")
class ExportController {

    private final RegisterExports exports;
    private final OrgExport orgs;
    private final org.jiceng.shared.DataScope scope;
    private final Clock clock;

    ExportController(RegisterExports exports, OrgExport orgs, org.jiceng.shared.DataScope scope, Clock clock) {
        this.clock = clock;
        this.exports = exports;
        this.orgs = orgs;
        this.scope = scope;
    }

    @GetMapping({"/orgs/export.xlsx", "/api/v1/orgs/export.xlsx"})
    @Operation(summary = "导出党组织信息", description = "org（默认本人所在组织）及其下级党组织：党组织代码、上级党组织、成立和批准建立日期、"
            + "组建方式、所在单位名称、类别、统一社会信用代码和建立党组织情况（名称与代码）、联系电话、地址。")
    void orgs(@RequestParam(required = false) Long org, HttpServletResponse response) throws IOException {
        orgs.write(org == null ? scope.requireActor().orgId() : org, start(response, "党组织信息"));
    }

    @GetMapping({"/members/export.xlsx", "/api/v1/members/export.xlsx"})
    @Operation(summary = "导出党员名册", description = "党员基本信息采集表的全部19项及民族、学历、工作岗位代码，列与导入模板相同（可直接再导入）。"
            + "参数与党员列表相同（org、q、politicalStatus、membershipStatus、gender、migrant、hardship、lostContact、sort、dir）。")
    void members(@ModelAttribute PeopleFilter filter, @RequestParam(required = false) String sort,
                 @RequestParam(required = false) String dir, HttpServletResponse response) throws IOException {
        var members = new PeopleFilter(filter.org(), filter.q(), PeopleFilter.Kind.MEMBERS, filter.politicalStatus(),
                filter.membershipStatus(), filter.gender(), filter.migrant(), filter.hardship(), filter.lostContact());
        exports.people(members, sort, "desc".equalsIgnoreCase(dir), start(response, "党员名册"));
    }

    @GetMapping({"/villagers/export.xlsx", "/api/v1/villagers/export.xlsx"})
    @Operation(summary = "导出群众名册", description = "参数与群众列表相同（org、q、gender、sort、dir）。")
    void villagers(@ModelAttribute PeopleFilter filter, @RequestParam(required = false) String sort,
                   @RequestParam(required = false) String dir, HttpServletResponse response) throws IOException {
        var villagers = new PeopleFilter(filter.org(), filter.q(), PeopleFilter.Kind.VILLAGERS, null, null,
                filter.gender(), null, null, null);
        exports.people(villagers, sort, "desc".equalsIgnoreCase(dir), start(response, "群众名册"));
    }

    @GetMapping({"/cadres/export.xlsx", "/api/v1/cadres/export.xlsx"})
    @Operation(summary = "导出现任村干部", description = "参数与村干部列表相同（org、q、post、concurrentHead、paid、sort、dir）。")
    void cadres(@ModelAttribute CadreFilter filter, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, HttpServletResponse response) throws IOException {
        exports.cadres(filter, sort, "desc".equalsIgnoreCase(dir), start(response, "村干部名册"));
    }

    @GetMapping({"/reserve-cadres/export.xlsx", "/api/v1/reserve-cadres/export.xlsx"})
    @Operation(summary = "导出后备干部", description = "参数与后备干部列表相同（org、q、member、sort、dir）。")
    void reserves(@ModelAttribute ReserveFilter filter, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) String dir, HttpServletResponse response) throws IOException {
        exports.reserves(filter, sort, "desc".equalsIgnoreCase(dir), start(response, "后备干部名册"));
    }

    private java.io.OutputStream start(HttpServletResponse response, String title) throws IOException {
        return ExcelDownload.start(response, title, clock);
    }
}
