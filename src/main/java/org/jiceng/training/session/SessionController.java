package org.jiceng.training.session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.PeopleFilter;
import org.jiceng.organization.PeopleQueries;
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

/** Training session pages: the list, recording and editing a session, and its attendance list. */
@Controller
@PreAuthorize(TrainingRoles.KEEPERS)
class SessionController {

    static final int CANDIDATE_LIMIT = 50;

    private final TrainingService training;
    private final TrainingQueries queries;
    private final TrainingYears years;
    private final PeopleQueries people;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final Clock clock;

    SessionController(TrainingService training, TrainingQueries queries, TrainingYears years, PeopleQueries people,
                      OrgTree tree, CodeLists codes, DataScope scope, Clock clock) {
        this.clock = clock;
        this.training = training;
        this.queries = queries;
        this.years = years;
        this.people = people;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
    }

    @GetMapping("/training/sessions")
    String list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String category, @RequestParam(required = false) String mode,
                @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        SessionFilter filter = new SessionFilter(org, year == null ? years.defaultYear() : year, category, mode, q);
        PageQuery query = PageQuery.of(page, null, sort, dir == null && sort == null ? "desc" : dir);
        model.addAttribute("filter", filter);
        model.addAttribute("page", queries.sessions(filter, query));
        model.addAttribute("sort", query.sort() == null ? "date" : query.sort());
        model.addAttribute("dir", query.descending() ? "desc" : "asc");
        model.addAttribute("selectedOrg", tree.find(org == null ? scope.requireActor().orgId() : org).orElse(null));
        codeLists(model);
        return "training/session-list";
    }

    @GetMapping("/training/sessions/new")
    String newSession(@RequestParam(required = false) Long org, Model model) {
        OrgSummary organizer = training.organizer(org == null ? scope.requireActor().orgId() : org);
        model.addAttribute("form", SessionForm.blank(organizer.id(), LocalDate.now(clock)));
        return formPage(organizer, null, model);
    }

    @PostMapping("/training/sessions")
    String create(@Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        OrgSummary organizer = training.organizer(form.orgId() == null ? scope.requireActor().orgId() : form.orgId());
        if (!result.hasErrors()) {
            try {
                TrainingSession created = training.create(form);
                redirect.addFlashAttribute("notice", "已登记培训：" + created.topic() + "。请登记参加人员。");
                return "redirect:/training/sessions/" + created.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(organizer, null, model);
    }

    @GetMapping("/training/sessions/{sessionId}")
    String detail(@PathVariable long sessionId, @RequestParam(required = false) String q, Model model) {
        TrainingSession session = training.session(sessionId);
        model.addAttribute("sessionView", session);
        List<Attendee> attendees = queries.attendees(sessionId);
        model.addAttribute("attendees", attendees);
        model.addAttribute("path", tree.path(session.orgId()));
        List<OrgSummary> orgs = new ArrayList<>();
        orgs.add(tree.find(session.orgId()).orElseThrow());
        orgs.addAll(tree.children(session.orgId()));
        model.addAttribute("branches", orgs);
        model.addAttribute("q", q);
        model.addAttribute("candidates", candidates(session, q, null, attendees));
        return "training/session-detail";
    }

    /** The people of the register the officer may pick, searched by name (an htmx fragment of the detail page). */
    @GetMapping("/training/sessions/{sessionId}/candidates")
    String candidates(@PathVariable long sessionId, @RequestParam(required = false) String q,
                      @RequestParam(required = false) PeopleFilter.Kind kind, Model model) {
        TrainingSession session = training.session(sessionId);
        model.addAttribute("sessionView", session);
        model.addAttribute("candidates", candidates(session, q, kind, queries.attendees(sessionId)));
        return "training/session-detail :: candidates";
    }

    @GetMapping("/training/sessions/{sessionId}/edit")
    String edit(@PathVariable long sessionId, Model model) {
        TrainingSession session = training.session(sessionId);
        model.addAttribute("form", SessionForm.of(session));
        return formPage(tree.find(session.orgId()).orElseThrow(), session, model);
    }

    @PostMapping("/training/sessions/{sessionId}")
    String update(@PathVariable long sessionId, @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        TrainingSession session = training.session(sessionId);
        if (!result.hasErrors()) {
            try {
                training.update(sessionId, form);
                redirect.addFlashAttribute("notice", "已保存培训记录");
                return "redirect:/training/sessions/" + sessionId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(tree.find(session.orgId()).orElseThrow(), session, model);
    }

    @PostMapping("/training/sessions/{sessionId}/attendance")
    String addAttendance(@PathVariable long sessionId, @RequestParam(required = false) List<Long> personIds,
                         @RequestParam(required = false) Boolean attended,
                         @RequestParam(required = false) String absenceReason, RedirectAttributes redirect) {
        return attendanceChange(sessionId, redirect, () -> {
            TrainingSession before = training.session(sessionId);
            TrainingSession after = training.addAttendance(sessionId,
                    new AttendanceForm(personIds == null ? List.of() : personIds, attended, absenceReason));
            int added = after.attended() + after.absent() - before.attended() - before.absent();
            return "已登记" + added + "人" + (Boolean.FALSE.equals(attended) ? "缺席" : "参加");
        });
    }

    @PostMapping("/training/sessions/{sessionId}/attendance/branch")
    String addBranch(@PathVariable long sessionId, @RequestParam long orgId, RedirectAttributes redirect) {
        return attendanceChange(sessionId, redirect, () -> {
            TrainingSession before = training.session(sessionId);
            TrainingSession after = training.addMembersOf(sessionId, orgId);
            return "已登记" + (after.attended() - before.attended()) + "名党员参加";
        });
    }

    @PostMapping("/training/sessions/{sessionId}/attendance/{personId}/remove")
    String remove(@PathVariable long sessionId, @PathVariable long personId, RedirectAttributes redirect) {
        return attendanceChange(sessionId, redirect, () -> {
            training.removeAttendance(sessionId, personId);
            return "已从名单中移除";
        });
    }

    private String attendanceChange(long sessionId, RedirectAttributes redirect, java.util.function.Supplier<String> change) {
        try {
            redirect.addFlashAttribute("notice", change.get());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/training/sessions/" + sessionId;
    }

    private List<org.jiceng.organization.PersonRow> candidates(TrainingSession session, String q, PeopleFilter.Kind kind,
                                                               List<Attendee> attendees) {
        PeopleFilter.Kind wanted = kind == null ? PeopleFilter.Kind.MEMBERS : kind;
        PeopleFilter filter = new PeopleFilter(session.orgId(), q, wanted, null,
                wanted == PeopleFilter.Kind.MEMBERS ? "1" : null, null, null, null, null);
        java.util.Set<Long> listed = new java.util.HashSet<>();
        attendees.forEach(a -> listed.add(a.personId()));
        return people.search(filter, new PageQuery(1, CANDIDATE_LIMIT + listed.size(), "org", false)).items().stream()
                .filter(p -> !listed.contains(p.id())).limit(CANDIDATE_LIMIT).toList();
    }

    private String formPage(OrgSummary organizer, TrainingSession session, Model model) {
        model.addAttribute("organizer", organizer);
        model.addAttribute("sessionView", session);
        model.addAttribute("path", tree.path(organizer.id()));
        model.addAttribute("today", LocalDate.now(clock));
        codeLists(model);
        return "training/session-form";
    }

    private void codeLists(Model model) {
        model.addAttribute("categories", codes.items(TrainingService.CATEGORY_LIST));
        model.addAttribute("modes", codes.items(TrainingService.MODE_LIST));
    }
}
