package org.jiceng.training.session;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelDownload;
import org.jiceng.shared.excel.ExcelWriter;
import org.jiceng.shared.excel.SpreadsheetException;
import org.jiceng.training.TrainingRoles;
import org.jiceng.training.hours.HoursService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Training spreadsheets, for the pages and the API (same paths under {@code /api/v1}): the sign-in sheet template
 * and its upload onto a session's list, and exports of the session list and the hours list with their filters.
 */
@Controller
@PreAuthorize(TrainingRoles.KEEPERS)
@Tag(name = "培训", description = "素质提升：培训登记、参加人员（出勤、缺席及原因）")
class TrainingFilesController {

    private static final List<ExcelColumn> SESSIONS = List.of(ExcelColumn.of("开始日期", 12), ExcelColumn.of("结束日期", 12),
            ExcelColumn.of("主题", 36), ExcelColumn.of("举办单位", 14), ExcelColumn.of("类别", 10), ExcelColumn.of("方式", 10),
            ExcelColumn.of("学时", 8), ExcelColumn.of("名册参加", 10), ExcelColumn.of("未登记姓名群众", 14),
            ExcelColumn.of("缺席", 8), ExcelColumn.of("承办", 14), ExcelColumn.of("授课人", 10), ExcelColumn.of("地点", 16));
    private static final List<ExcelColumn> HOURS = List.of(ExcelColumn.of("姓名", 10), ExcelColumn.of("所在组织", 16),
            ExcelColumn.of("支部委员", 10), ExcelColumn.of("已获学时", 10), ExcelColumn.of("应达学时", 10),
            ExcelColumn.of("差额", 8));

    private final SignInSheets sheets;
    private final TrainingQueries queries;
    private final HoursService hours;
    private final Clock clock;
    private final DataScope scope;

    TrainingFilesController(SignInSheets sheets, TrainingQueries queries, HoursService hours, DataScope scope, Clock clock) {

        this.clock = clock;
        this.sheets = sheets;
        this.queries = queries;
        this.hours = hours;
        this.scope = scope;
    }

    @GetMapping({"/training/sign-in-template.xlsx", "/api/v1/training-sessions/sign-in-template.xlsx"})
    @Operation(summary = "下载签到表模板", description = "列：姓名、公民身份证号（重名时必填）、出勤（参加/缺席）、缺席原因。")
    void template(HttpServletResponse response) throws IOException {
        try (ExcelWriter excel = new ExcelWriter(); OutputStream out = ExcelDownload.start(response, "培训签到表", clock)) {
            excel.sheet("签到表", SignInSheets.COLUMNS).row("张三", null, "参加", null).row("李四", null, "缺席", "外出务工");
            excel.writeTo(out);
        }
    }

    @PostMapping("/training/sessions/{sessionId}/sign-in-sheet")
    String upload(@PathVariable long sessionId, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            int listed = record(sessionId, file);
            redirect.addFlashAttribute("notice", "已按签到表登记" + listed + "人");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("sheetErrors", e.fieldErrors().stream().map(RuleViolationException.FieldError::message).toList());
        }
        return "redirect:/training/sessions/" + sessionId;
    }

    @PostMapping("/api/v1/training-sessions/{sessionId}/sign-in-sheet")
    @ResponseBody
    @Operation(summary = "上传签到表", description = "逐行核对：人员须在举办单位及下级名册中（按身份证号，或名册中唯一的姓名），"
            + "同一人只出现一次、不在名单中，缺席须有原因。有任何一行不合格则全部不登记，返回 422 与逐行问题。")
    Map<String, Integer> uploadApi(@PathVariable long sessionId, @RequestParam("file") MultipartFile file) throws IOException {
        return Map.of("listed", record(sessionId, file));
    }

    @GetMapping({"/training/sessions/export.xlsx", "/api/v1/training-sessions/export.xlsx"})
    @Operation(summary = "导出培训登记", description = "参数与培训列表相同（org、year、category、mode、q）。")
    void sessions(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String category, @RequestParam(required = false) String mode,
                  @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        try (ExcelWriter excel = new ExcelWriter(); OutputStream out = ExcelDownload.start(response, "培训登记", clock)) {
            excel.sheet("培训", SESSIONS);
            queries.forEachSession(new SessionFilter(org, year, category, mode, q), s -> excel.row(s.startDate(),
                    s.endDate(), s.topic(), s.orgName(), s.categoryLabel(), s.modeLabel(), s.hours(), s.attended(),
                    s.unnamedVillagers(), s.absent(), s.organizer(), s.instructor(), s.venue()));
            excel.writeTo(out);
        }
    }

    @GetMapping({"/training/hours/export.xlsx", "/api/v1/training-hours/export.xlsx"})
    @Operation(summary = "导出党员学时", description = "参数与学时列表相同（org、year、behind、q）。")
    void hours(@RequestParam(required = false) Long org, @RequestParam int year,
               @RequestParam(required = false) Boolean behind, @RequestParam(required = false) String q,
               HttpServletResponse response) throws IOException {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        hours.rule(orgId, year);
        try (ExcelWriter excel = new ExcelWriter(); OutputStream out = ExcelDownload.start(response, year + "年党员学时", clock)) {
            excel.sheet("学时", HOURS);
            hours.forEachMember(orgId, year, Boolean.TRUE.equals(behind), q, r -> excel.row(r.name(), r.orgName(),
                    r.committee(), r.hours(), r.required(), r.missing()));
            excel.writeTo(out);
        }
    }

    private int record(long sessionId, MultipartFile file) throws IOException {
        Path temp = Files.createTempFile("sign-in-", ".xlsx");
        try {
            file.transferTo(temp);
            return sheets.record(sessionId, temp, file.getOriginalFilename());
        } catch (SpreadsheetException e) {
            throw RuleViolationException.onField("file", e.getMessage());
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
