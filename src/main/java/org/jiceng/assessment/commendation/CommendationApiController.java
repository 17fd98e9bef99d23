package org.jiceng.assessment.commendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.assessment.AssessmentRoles;
import org.jiceng.review.ReviewAction;
import org.jiceng.review.ReviewProcess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 优秀共产党员标兵等评选 as JSON: the same service, chain, scope and rules as the pages. */
@RestController
@Tag(name = "评选表彰", description = "县级开展评选（分乡镇名额、不符合条件的标记）；村、乡镇推荐党员（事迹、佐证）；乡镇审核、县级审定、公示与异议、确定后记入个人荣誉")
@PreAuthorize(AssessmentRoles.KEEPERS)
class CommendationApiController {

    static final String NOMINATORS = "hasAnyRole('TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    static final String REVIEWERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";

    private final CommendationService commendations;
    private final NominationService nominations;

    CommendationApiController(CommendationService commendations, NominationService nominations) {
        this.commendations = commendations;
        this.nominations = nominations;
    }

    @GetMapping("/api/v1/commendations")
    @Operation(summary = "列出评选", description = "本县开展的评选。")
    List<CommendationCall> list() {
        return commendations.calls();
    }

    @PostMapping("/api/v1/commendations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(AssessmentRoles.COUNTY)
    @Operation(summary = "开展评选", description = "仅县委组织部干部；quotas 为 乡镇id→名额；ineligibleFlags 为 ADMONISHMENT、VETO_FINDING 等，当年有此类标记的党员不能被推荐。")
    CommendationCall create(@RequestBody CommendationForm form) {
        return commendations.open(form);
    }

    /** A call with its process (deadlines, 公示 code) and progress per township. */
    record CallView(CommendationCall call, ReviewProcess process, List<TownshipQuota> progress) {
    }

    @GetMapping("/api/v1/commendations/{callId}")
    @Operation(summary = "查看评选及进度", description = "progress 为本人范围内各乡镇的名额、已推荐数和各环节人数。")
    CallView get(@PathVariable long callId) {
        CommendationCall call = commendations.call(callId);
        return new CallView(call, commendations.process(call), commendations.progress(callId));
    }

    @GetMapping("/api/v1/commendations/{callId}/nominations")
    @Operation(summary = "推荐人选", description = "本人范围内的推荐人选及所处环节。")
    List<Nomination> nominations(@PathVariable long callId) {
        return nominations.nominations(callId);
    }

    @GetMapping("/api/v1/commendations/{callId}/objections")
    @Operation(summary = "公示期间的异议", description = "处理异议用 POST /api/v1/objections/{objectionId}/resolve。")
    List<org.jiceng.review.Objection> objections(@PathVariable long callId) {
        return commendations.objections(callId);
    }

    record NominationRequest(Long personId, String deeds) {
    }

    @PostMapping("/api/v1/commendations/{callId}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(NOMINATORS)
    @Operation(summary = "推荐党员", description = "村党组织书记推荐本村、乡镇组织委员推荐本乡镇的党员；名额已满、重复推荐、当年有不符合条件的标记或不是党员时返回 422 并说明原因。")
    Nomination nominate(@PathVariable long callId, @RequestBody NominationRequest body) {
        return nominations.nominate(callId, body.personId() == null ? -1 : body.personId(), body.deeds());
    }

    /** A nomination with its evidence. */
    record NominationView(Nomination nomination, List<NominationEvidence> evidence) {
    }

    @GetMapping("/api/v1/nominations/{nominationId}")
    @Operation(summary = "查看推荐")
    NominationView nomination(@PathVariable long nominationId) {
        return new NominationView(nominations.nomination(nominationId), nominations.evidence(nominationId));
    }

    record DeedsRequest(String deeds, Long version) {
    }

    @PutMapping("/api/v1/nominations/{nominationId}")
    @PreAuthorize(NOMINATORS)
    @Operation(summary = "修改事迹", description = "仅填报中（含被退回）的推荐；version 为推荐的 itemVersion。")
    Nomination edit(@PathVariable long nominationId, @RequestBody DeedsRequest body) {
        return nominations.editDeeds(nominationId, body.deeds(), body.version());
    }

    @DeleteMapping("/api/v1/nominations/{nominationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(NOMINATORS)
    @Operation(summary = "撤回推荐", description = "仅从未提交过的推荐。")
    void withdraw(@PathVariable long nominationId) {
        nominations.withdraw(nominationId);
    }

    @PostMapping("/api/v1/nominations/{nominationId}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(NOMINATORS)
    @Operation(summary = "上传佐证材料", description = "jpg、png、pdf、Word、Excel，10MB 以内；仅填报中。")
    NominationEvidence upload(@PathVariable long nominationId, @RequestParam("file") MultipartFile file)
            throws IOException {
        return nominations.addEvidence(nominationId, file.getOriginalFilename(), file.getBytes());
    }

    record ActionRequest(ReviewAction action, String reason, Long version) {
    }

    @PostMapping("/api/v1/nominations/{nominationId}/actions")
    @Operation(summary = "推荐的审核操作", description = "action 为 SUBMIT、REVIEW、RETURN（须写 reason）、APPROVE、PUBLICIZE、FINALIZE；version 为 itemVersion。确定（FINALIZE）后荣誉记入党员档案。")
    Nomination act(@PathVariable long nominationId, @RequestBody ActionRequest body) {
        return nominations.act(nominationId, body.action(), body.version(), body.reason());
    }

    record Moved(int moved) {
    }

    @PostMapping("/api/v1/commendations/{callId}/actions")
    @PreAuthorize(REVIEWERS)
    @Operation(summary = "批量审核", description = "org 为乡镇 id（可空：全部）；同一环节的推荐一起通过、审定、公示或确定。")
    Moved actOnAll(@PathVariable long callId, @RequestParam(required = false) Long org,
                   @RequestBody ActionRequest body) {
        return new Moved(nominations.actOnAll(callId, org, body.action(), body.reason()).size());
    }

    /** Also a page path, so that 导出Excel works from a signed-in browser (the API path asks for HTTP Basic). */
    @GetMapping({"/commendations/{callId}/nominees.xlsx", "/api/v1/commendations/{callId}/nominees.xlsx"})
    @Operation(summary = "导出推荐人选（Excel）")
    ResponseEntity<byte[]> export(@PathVariable long callId) throws IOException {
        CommendationCall call = commendations.call(callId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(call.title() + "推荐人选.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(workbook(call, nominations.nominations(callId)));
    }

    static byte[] workbook(CommendationCall call, List<Nomination> nominations) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("推荐人选");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(call.year() + "年" + call.title() + "推荐人选");
            Row head = sheet.createRow(1);
            String[] headers = {"序号", "乡镇", "党组织", "姓名", "环节", "主要事迹"};
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            int r = 2;
            for (Nomination n : nominations) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 1);
                row.createCell(1).setCellValue(n.townshipName());
                row.createCell(2).setCellValue(n.orgName());
                row.createCell(3).setCellValue(n.personName());
                row.createCell(4).setCellValue(n.stageLabel());
                row.createCell(5).setCellValue(n.deeds());
                r++;
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
