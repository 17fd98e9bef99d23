package org.jiceng.organization;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
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

/** The branch committee page: current holders, history, appointing a member and ending a post. */
@Controller
@PreAuthorize(PeopleController.KEEPERS)
class CommitteeController {

    static final int CANDIDATE_LIMIT = 500;

    private final PostService posts;
    private final PostQueries queries;
    private final OrgTree tree;
    private final Clock clock;
    private final CodeLists codes;

    CommitteeController(PostService posts, PostQueries queries, OrgTree tree, CodeLists codes, Clock clock) {
        this.clock = clock;
        this.posts = posts;
        this.queries = queries;
        this.tree = tree;
        this.codes = codes;
    }

    @GetMapping("/orgs/{orgId}/committee")
    String show(@PathVariable long orgId, Model model) {
        model.addAttribute("form", AppointmentForm.blank(LocalDate.now(clock)));
        return page(orgId, model);
    }

    @PostMapping("/orgs/{orgId}/committee")
    String appoint(@PathVariable long orgId, @Valid @ModelAttribute("form") AppointmentForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Appointment done = posts.appoint(orgId, form);
                CommitteePost appointed = done.appointed();
                String notice = "已任命" + appointed.personName() + "为" + appointed.postLabel();
                if (done.predecessorEnded() != null) {
                    notice += "；原书记" + done.predecessorEnded().personName() + "的职务已于 "
                            + done.predecessorEnded().endedOn() + " 终止";
                }
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/orgs/" + orgId + "/committee";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return page(orgId, model);
    }

    @PostMapping("/committee-posts/{postId}/end")
    String end(@PathVariable long postId, @Valid @ModelAttribute("end") EndForm form, BindingResult result,
               Model model, RedirectAttributes redirect) {
        CommitteePost post = posts.committeePost(postId);
        EndFailure failure;
        if (result.hasErrors()) {
            failure = EndFailure.of(postId, form, result);
        } else {
            try {
                CommitteePost ended = posts.endPost(postId, form);
                redirect.addFlashAttribute("notice", "已免去" + ended.personName() + "的" + ended.postLabel()
                        + "职务（" + ended.endedOn() + " 离任）");
                return "redirect:/orgs/" + post.orgId() + "/committee";
            } catch (RuleViolationException | StaleEditException e) {
                failure = EndFailure.of(postId, form, e);
            }
        }
        model.addAttribute("endFailure", failure);
        model.addAttribute("form", AppointmentForm.blank(LocalDate.now(clock)));
        return page(post.orgId(), model);
    }

    /** The people a post form offers, by name (htmx refreshes the picker's options as the user types). */
    @GetMapping("/orgs/{orgId}/post-candidates")
    String candidates(@PathVariable long orgId, @RequestParam(required = false) String q,
                      @RequestParam(defaultValue = "false") boolean members, Model model) {
        posts.village(orgId);
        model.addAttribute("candidates", queries.candidates(orgId, q, members, CANDIDATE_LIMIT));
        model.addAttribute("selected", null);
        return "organization/post-candidates :: options";
    }

    private String page(long orgId, Model model) {
        OrgSummary org = posts.village(orgId);
        model.addAttribute("org", org);
        model.addAttribute("path", tree.path(orgId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("committee", CommitteeView.of(org, queries.committee(orgId), queries.fullMembers(orgId)));
        model.addAttribute("postCodes", codes.items(CodeLists.COMMITTEE_POST));
        model.addAttribute("candidates", queries.candidates(orgId, null, true, CANDIDATE_LIMIT));
        return "organization/committee";
    }
}
