package org.jiceng.training.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.training.TrainingRoles;
import org.jiceng.training.TrainingYears;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 三会一课 pages: the meeting register, recording on a phone, the township's review, and the compliance heatmap. */
@Controller
@PreAuthorize(TrainingRoles.KEEPERS)
class MeetingController {

    static final String REVIEWERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";

    private final MeetingService meetings;
    private final MeetingQueries queries;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final Clock clock;
    private final TrainingYears years;

    MeetingController(MeetingService meetings, MeetingQueries queries, OrgTree tree, CodeLists codes, DataScope scope,
                      TrainingYears years, Clock clock) {
        this.clock = clock;
        this.years = years;
        this.meetings = meetings;
        this.queries = queries;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
    }

    @GetMapping("/training/meetings")
    String list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String type, @RequestParam(required = false) MeetingStatus status,
                @RequestParam(required = false) Integer page, Model model) {
        int y = year == null ? years.meetingYear() : year;
        long orgId = org == null ? scope.requireActor().orgId() : org;
        OrgSummary selected = tree.find(orgId).orElseThrow();
        model.addAttribute("org", selected);
        model.addAttribute("year", y);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("statuses", MeetingStatus.values());
        model.addAttribute("types", codes.items(MeetingQueries.TYPE_LIST));
        model.addAttribute("page", queries.meetings(orgId, y, type, status, PageQuery.of(page, null, null, "desc")));
        return "training/meeting-list";
    }

    @GetMapping("/training/meetings/new")
    String newMeeting(@RequestParam(required = false) Long org, Model model) {
        OrgSummary branch = meetings.branch(org == null ? scope.requireActor().orgId() : org);
        model.addAttribute("form", MeetingForm.blank(branch.id(), LocalDate.now(clock), queries.members(branch.id())));
        return formPage(branch, null, model);
    }

    @PostMapping("/training/meetings")
    String record(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
                  @RequestParam(required = false) String clientKey, Model model, RedirectAttributes redirect) {
        OrgSummary branch = meetings.branch(form.orgId() == null ? scope.requireActor().orgId() : form.orgId());
        if (!result.hasErrors()) {
            try {
                Meeting saved = record(form, clientKey);
                redirect.addFlashAttribute("notice", "已登记" + saved.typeLabel() + "，等待乡镇审核");
                return "redirect:/training/meetings/" + saved.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(branch, null, model);
    }

    /** A repeat of a phone's record that raced the first past the look-up finds the first. */
    private Meeting record(MeetingForm form, String clientKey) {
        try {
            return meetings.record(form, clientKey);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return meetings.recordedWith(clientKey).orElseThrow(() -> e);
        }
    }

    @GetMapping("/training/meetings/{meetingId}")
    String detail(@PathVariable long meetingId, Model model) {
        Meeting meeting = meetings.meeting(meetingId);
        model.addAttribute("meeting", meeting);
        model.addAttribute("path", tree.path(meeting.orgId()));
        return "training/meeting-detail";
    }

    @GetMapping("/training/meetings/{meetingId}/edit")
    String edit(@PathVariable long meetingId, Model model) {
        Meeting meeting = meetings.meeting(meetingId);
        model.addAttribute("form", MeetingForm.of(meeting));
        return formPage(tree.find(meeting.orgId()).orElseThrow(), meeting, model);
    }

    @PostMapping("/training/meetings/{meetingId}")
    String update(@PathVariable long meetingId, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(meetingId);
        if (!result.hasErrors()) {
            try {
                meetings.update(meetingId, form);
                redirect.addFlashAttribute("notice", "已保存修改，重新提交乡镇审核");
                return "redirect:/training/meetings/" + meetingId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(tree.find(meeting.orgId()).orElseThrow(), meeting, model);
    }

    @PostMapping("/training/meetings/{meetingId}/approve")
    @PreAuthorize(REVIEWERS)
    String approve(@PathVariable long meetingId, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        return reviewed(meetingId, redirect, () -> meetings.approve(meetingId, version), "已审核通过");
    }

    @PostMapping("/training/meetings/{meetingId}/return")
    @PreAuthorize(REVIEWERS)
    String returnToBranch(@PathVariable long meetingId, @RequestParam(required = false) Long version,
                          @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return reviewed(meetingId, redirect, () -> meetings.returnToBranch(meetingId, version, reason), "已退回党支部");
    }

    @GetMapping("/training/meetings/compliance")
    String compliance(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                      Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int y = year == null ? years.meetingYear() : year;
        List<Compliance> rows = meetings.compliance(orgId, y);
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("path", tree.path(orgId));
        model.addAttribute("year", y);
        model.addAttribute("rows", rows);
        model.addAttribute("frequencies", meetings.frequencies(orgId, y));
        model.addAttribute("heatmap", rows.stream().map(c -> List.of(c.orgName(), java.util.Arrays.asList(c.missedByMonth()))).toList());
        return "training/meeting-compliance";
    }

    private String reviewed(long meetingId, RedirectAttributes redirect, Runnable step, String done) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", done);
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/training/meetings/" + meetingId;
    }

    private String formPage(OrgSummary branch, Meeting meeting, Model model) {
        model.addAttribute("branch", branch);
        model.addAttribute("meeting", meeting);
        model.addAttribute("path", tree.path(branch.id()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("types", codes.items(MeetingQueries.TYPE_LIST));
        return "training/meeting-form";
    }
}
