package org.jiceng.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jiceng.shared.FormErrors;
import org.jiceng.shared.PageQuery;
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

/** Reserve cadre pages (后备干部): the list across the user's scope, a village's list, add, edit, deactivate. */
@Controller
@PreAuthorize(PeopleController.KEEPERS)
class ReserveCadreController {

    private final PostService posts;
    private final PostQueries queries;
    private final CadreQueries lists;
    private final Clock clock;
    private final OrgTree tree;

    ReserveCadreController(PostService posts, PostQueries queries, CadreQueries lists, OrgTree tree, Clock clock) {
        this.clock = clock;
        this.posts = posts;
        this.queries = queries;
        this.lists = lists;
        this.tree = tree;
    }

    @GetMapping("/reserve-cadres")
    String list(@ModelAttribute("filter") ReserveFilter filter, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        PageQuery query = PageQuery.of(page, null, sort, dir);
        model.addAttribute("page", lists.reserves(filter, query));
        model.addAttribute("sort", query.sort() == null ? "org" : query.sort());
        model.addAttribute("dir", query.descending() ? "desc" : "asc");
        model.addAttribute("selectedOrg", filter.org() == null ? null : tree.find(filter.org()).orElse(null));
        return "organization/reserve-list";
    }

    @GetMapping("/orgs/{orgId}/reserve-cadres")
    String village(@PathVariable long orgId, Model model) {
        model.addAttribute("form", ReserveForm.blank(LocalDate.now(clock)));
        return villagePage(orgId, model);
    }

    @PostMapping("/orgs/{orgId}/reserve-cadres")
    String add(@PathVariable long orgId, @Valid @ModelAttribute("form") ReserveForm form, BindingResult result,
               Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ReserveCadre added = posts.addReserve(orgId, form);
                redirect.addFlashAttribute("notice", "已将" + added.personName() + "列为后备干部");
                return "redirect:/orgs/" + orgId + "/reserve-cadres";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return villagePage(orgId, model);
    }

    @GetMapping("/reserve-cadres/{reserveId}/edit")
    String edit(@PathVariable long reserveId, Model model) {
        ReserveCadre reserve = posts.reserve(reserveId);
        model.addAttribute("form", ReserveForm.of(reserve));
        return editPage(reserve, model);
    }

    @PostMapping("/reserve-cadres/{reserveId}")
    String update(@PathVariable long reserveId, @Valid @ModelAttribute("form") ReserveForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        ReserveCadre reserve = posts.reserve(reserveId);
        if (!result.hasErrors()) {
            try {
                ReserveCadre saved = posts.updateReserve(reserveId, form);
                redirect.addFlashAttribute("notice", "已保存" + saved.personName() + "的后备干部信息");
                return "redirect:/orgs/" + saved.orgId() + "/reserve-cadres";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return editPage(reserve, model);
    }

    @PostMapping("/reserve-cadres/{reserveId}/deactivate")
    String deactivate(@PathVariable long reserveId, @RequestParam(required = false) Long version,
                      RedirectAttributes redirect) {
        ReserveCadre reserve = posts.reserve(reserveId);
        try {
            ReserveCadre done = posts.deactivateReserve(reserveId, version);
            redirect.addFlashAttribute("notice", "已将" + done.personName() + "移出后备干部名单（记录保留）");
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/orgs/" + reserve.orgId() + "/reserve-cadres";
    }

    private String villagePage(long orgId, Model model) {
        OrgSummary org = posts.village(orgId);
        List<ReserveCadre> all = queries.reserves(orgId);
        model.addAttribute("org", org);
        model.addAttribute("path", tree.path(orgId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("active", all.stream().filter(ReserveCadre::active).toList());
        model.addAttribute("inactive", all.stream().filter(r -> !r.active()).toList());
        model.addAttribute("candidates", queries.candidates(orgId, null, false, CommitteeController.CANDIDATE_LIMIT));
        return "organization/reserve-cadres";
    }

    private String editPage(ReserveCadre reserve, Model model) {
        model.addAttribute("reserve", reserve);
        model.addAttribute("org", tree.find(reserve.orgId()).orElseThrow());
        model.addAttribute("path", tree.path(reserve.orgId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "organization/reserve-edit";
    }
}
