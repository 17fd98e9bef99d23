package org.jiceng.training.print;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.pdf.PdfDownload;
import org.jiceng.training.TrainingRoles;
import org.jiceng.training.meeting.MeetingQueries;
import org.jiceng.training.meeting.MeetingService;
import org.jiceng.training.plan.PlanService;
import org.jiceng.training.session.SessionFilter;
import org.jiceng.training.session.TrainingQueries;
import org.jiceng.training.session.TrainingSession;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printable registers as PDF, for pages (打印 PDF) and the API alike: a branch's (or every branch's under an org)
 * 三会一课记录簿 and a township's (or the county's) 培训登记簿 for a year. {@code org} is checked by the scope guard.
 */
@RestController
@PreAuthorize(TrainingRoles.KEEPERS)
@Tag(name = "素质提升登记簿", description = "三会一课记录簿、培训登记簿（PDF，可打印）")
class TrainingPdfController {

    private final MeetingService meetings;
    private final MeetingQueries meetingQueries;
    private final TrainingQueries trainingQueries;
    private final PlanService plans;
    private final OrgTree tree;
    private final Clock clock;
    private final DataScope scope;

    TrainingPdfController(MeetingService meetings, MeetingQueries meetingQueries, TrainingQueries trainingQueries,
                          PlanService plans, OrgTree tree, DataScope scope, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.meetingQueries = meetingQueries;
        this.trainingQueries = trainingQueries;
        this.plans = plans;
        this.tree = tree;
        this.scope = scope;
    }

    @GetMapping(value = {"/training/meetings/register.pdf", "/api/v1/training/meetings/register.pdf"}, produces = "application/pdf")
    @Operation(summary = "三会一课记录簿 PDF", description = "org（默认本人所在组织）下各党支部 year 年的会议落实情况和每次会议记录。")
    ResponseEntity<byte[]> meetingRegister(@RequestParam(required = false) Long org, @RequestParam int year) {
        OrgSummary selected = org(org);
        byte[] pdf = TrainingPdfs.meetingRegister(selected, year, meetings.compliance(selected.id(), year),
                meetingQueries.register(selected.id(), year), clock);
        return PdfDownload.of(selected.shortName() + year + "年三会一课记录簿", pdf);
    }

    @GetMapping(value = {"/training/sessions/register.pdf", "/api/v1/training/sessions/register.pdf"}, produces = "application/pdf")
    @Operation(summary = "培训登记簿 PDF", description = "org（默认本人所在组织）year 年的培训计划完成情况、按类别合计和每期培训。")
    ResponseEntity<byte[]> trainingRegister(@RequestParam(required = false) Long org, @RequestParam int year) {
        OrgSummary selected = org(org);
        List<TrainingSession> sessions = new ArrayList<>();
        trainingQueries.forEachSession(new SessionFilter(selected.id(), year, null, null, null), sessions::add);
        Collections.reverse(sessions);
        byte[] pdf = TrainingPdfs.trainingRegister(selected, year, plans.dashboard(selected.id(), year), sessions, clock);
        return PdfDownload.of(selected.shortName() + year + "年培训登记簿", pdf);
    }

    private OrgSummary org(Long org) {
        long id = org == null ? scope.requireActor().orgId() : org;
        return tree.find(id).orElseThrow(() -> NotFoundException.of("党组织", id));
    }
}
