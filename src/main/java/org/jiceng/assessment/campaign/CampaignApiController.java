package org.jiceng.assessment.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.assessment.AssessmentRoles;
import org.jiceng.assessment.engine.ScoreSheet;
import org.jiceng.review.Objection;
import org.jiceng.review.ReviewProcess;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewTransition;
import org.jiceng.review.StageCount;
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

/** 考核评定 as JSON: the same service, chain, scope and rules as the pages. */
@RestController
@Tag(name = "考核评定", description = "按已发布方案开展评定：村级自评、乡镇审核（调整须写理由）、县级审定、公示与异议、确定结果；排名与上年比较")
@PreAuthorize(AssessmentRoles.KEEPERS)
class CampaignApiController {

    private final CampaignService campaigns;
    private final Clock clock;
    private final ReviewService review;
    private final EntryPeople people;
    private final CampaignEvidence evidence;

    CampaignApiController(CampaignService campaigns, ReviewService review, Clock clock, EntryPeople people,
                          CampaignEvidence evidence) {
        this.people = people;
        this.evidence = evidence;
        this.clock = clock;
        this.campaigns = campaigns;
        this.review = review;
    }

    @GetMapping("/api/v1/campaigns")
    @Operation(summary = "列出评定", description = "上级组织开展的（评定本单位的）和本单位及下级开展的评定。")
    List<Campaign> list() {
        return campaigns.campaigns();
    }

    @PostMapping("/api/v1/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "开展评定", description = "仅县委组织部干部；方案须为本单位已发布的方案；对本单位下全部村党组织（或乡镇党委，或开展评定当日在职的职数内村干部，每人一个评定对象）建立评定对象；村干部考核可用 org 只评定一个乡镇。")
    Campaign create(@RequestBody CampaignForm form) {
        return campaigns.create(form);
    }

    /** A campaign with its process (deadlines, 公示 code) and progress by township and stage. */
    record CampaignView(Campaign campaign, ReviewProcess process, List<StageCount> progress) {
    }

    @GetMapping("/api/v1/campaigns/{campaignId}")
    @Operation(summary = "查看评定及进度", description = "progress 按乡镇（reviewerOrgId）和环节计数，overdue 为逾期数。")
    CampaignView get(@PathVariable long campaignId) {
        Campaign campaign = campaigns.campaign(campaignId);
        ReviewProcess process = campaigns.process(campaign);
        return new CampaignView(campaign, process, review.progress(process.id(), java.time.LocalDate.now(clock)));
    }

    @GetMapping("/api/v1/campaigns/{campaignId}/entries")
    @Operation(summary = "评定对象及结果", description = "本人范围内的评定对象；org 限定某乡镇；含总分、各维度分、等次、上年等次、升降、排名；村干部考核的对象另有 cadre（人员、姓名、职务），属其所在村。")
    List<CampaignEntry> entries(@PathVariable long campaignId, @RequestParam(required = false) Long org) {
        return campaigns.entries(campaigns.campaign(campaignId), org);
    }

    /** An entry with its scores, score sheet, history and evidence. */
    record EntryView(CampaignEntry entry, Map<String, EntryScore> scores, ScoreSheet sheet,
                     List<ReviewTransition> history, List<Evidence> evidence) {
    }

    @GetMapping("/api/v1/campaign-entries/{entryId}")
    @Operation(summary = "查看评定对象", description = "每项指标的自评、审核值、理由、填报人和时间，以及评分表。")
    EntryView entry(@PathVariable long entryId) {
        CampaignEntry entry = campaigns.ranked(campaigns.entry(entryId));
        return new EntryView(entry, campaigns.scores(entryId), campaigns.sheet(entry), campaigns.history(entry),
                evidence.evidence(entryId));
    }

    @GetMapping(value = "/api/v1/campaign-entries/{entryId}/sheet.pdf", produces = "application/pdf")
    @Operation(summary = "评分表 PDF", description = "每项指标的规则、自评、审核值、得分、填报和调整人及理由，以及流转记录。")
    org.springframework.http.ResponseEntity<byte[]> sheetPdf(@PathVariable long entryId) {
        CampaignEntry entry = campaigns.ranked(campaigns.entry(entryId));
        Campaign campaign = campaigns.campaign(entry.campaignId());
        return org.jiceng.shared.pdf.PdfDownload.of(entry.label() + "评分表", CampaignPdfs.sheet(campaign, entry,
                campaigns.sheet(entry), campaigns.scores(entryId), campaigns.history(entry), people, clock));
    }

    @GetMapping(value = "/api/v1/campaigns/{campaignId}/notice.pdf", produces = "application/pdf")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "公示 PDF", description = "公示中及已确定的评定对象名称和等次、公示期、异议方式，落款县委组织部。")
    org.springframework.http.ResponseEntity<byte[]> noticePdf(@PathVariable long campaignId) {
        Campaign campaign = campaigns.campaign(campaignId);
        return org.jiceng.shared.pdf.PdfDownload.of(campaign.name() + "公示", CampaignPdfs.notice(
                campaigns.publicNotice(campaigns.process(campaign).publicCode()), clock));
    }

    @PutMapping("/api/v1/campaign-entries/{entryId}/self")
    @Operation(summary = "保存自评", description = "values、notes 以指标编号为键；submit=true 时提交乡镇审核（须全部填写）；须带 version，冲突返回 409，校验不通过返回 422 并逐项列出。")
    CampaignEntry saveSelf(@PathVariable long entryId, @RequestBody ScoreForm form,
                           @RequestParam(defaultValue = "false") boolean submit) {
        return campaigns.saveSelf(entryId, form, submit);
    }

    @PutMapping("/api/v1/campaign-entries/{entryId}/review")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "乡镇审核评分", description = "values 为审核分；与自评不同时须填写 reason；须带 version。")
    CampaignEntry saveReview(@PathVariable long entryId, @RequestBody ScoreForm form) {
        return campaigns.saveReview(entryId, form);
    }

    /** A reason and the version the user saw. */
    record Reasoned(String reason, Long version) {
    }

    @PostMapping("/api/v1/campaign-entries/{entryId}/return")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "退回", description = "乡镇退回村（待乡镇审核时），县退回乡镇（待县级审定或已审定时）；须写明原因。")
    CampaignEntry returnEntry(@PathVariable long entryId, @RequestBody Reasoned body) {
        return campaigns.returnEntry(entryId, body.version(), body.reason());
    }

    /** The grade named by an exception, its reason and the version the user saw; a null grade removes it. */
    record ExceptionRequest(String grade, String reason, Long version) {
    }

    @PostMapping("/api/v1/campaign-entries/{entryId}/exception")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "破格评定", description = "破格等次不高于得分评定的等次，须写理由；公示后不能再破格。")
    CampaignEntry exception(@PathVariable long entryId, @RequestBody ExceptionRequest body) {
        return campaigns.setException(entryId, body.grade(), body.reason(), body.version());
    }

    /** How many entries a step moved. */
    record Moved(int moved) {
    }

    @PostMapping("/api/v1/campaigns/{campaignId}/pass")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "乡镇审核通过并上报", description = "org 为乡镇；该乡镇全部村须已提交且评分完整。")
    Moved pass(@PathVariable long campaignId, @RequestParam long org) {
        return new Moved(campaigns.passTownship(campaignId, org));
    }

    @PostMapping("/api/v1/campaigns/{campaignId}/approve")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "县级审定", description = "审定某乡镇（org）或全部已上报的评定对象。")
    Moved approve(@PathVariable long campaignId, @RequestParam(required = false) Long org) {
        return new Moved(campaigns.approve(campaignId, org));
    }

    @PostMapping("/api/v1/campaigns/{campaignId}/publicize")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "发布公示", description = "全部已审定的评定对象进入公示，公示期自今日起按评定设定的天数。")
    Moved publicize(@PathVariable long campaignId) {
        return new Moved(campaigns.publicize(campaignId));
    }

    @PostMapping("/api/v1/campaigns/{campaignId}/finalize")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "确定结果", description = "公示期满且无未处理异议的评定对象确定结果；否则返回 422 并列出原因。")
    Moved finalizeResults(@PathVariable long campaignId) {
        return new Moved(campaigns.finalizeResults(campaignId));
    }

    @PostMapping("/api/v1/campaigns/{campaignId}/recompute")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "重新计算", description = "按已填报分数重新计算全部评定对象的得分、等次和上年比较。")
    Moved recompute(@PathVariable long campaignId) {
        return new Moved(campaigns.recompute(campaignId));
    }

    @GetMapping("/api/v1/campaigns/{campaignId}/objections")
    @Operation(summary = "异议", description = "本人范围内评定对象的异议及处理情况。")
    List<Objection> objections(@PathVariable long campaignId) {
        return review.objections(campaigns.campaign(campaignId).processId());
    }

    /** uphold=true sends the entry back to the township's review; false dismisses the objection; both need a reason. */
    record Resolution(boolean uphold, String reason, Long version) {
    }

    @PostMapping("/api/v1/objections/{objectionId}/resolve")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "处理异议", description = "异议成立则退回乡镇重新审核；不予采纳须写明理由。")
    Objection resolve(@PathVariable long objectionId, @RequestBody Resolution body) {
        return review.resolveObjection(objectionId, body.uphold(), body.reason(), body.version());
    }
}
