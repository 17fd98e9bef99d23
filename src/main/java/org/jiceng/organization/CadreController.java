package org.jiceng.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jiceng.configuration.CodeLists;
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

/** Village cadre pages (村两委): the list across the user's scope, a village's cadres, add, edit and end a term. */
@Controller
@PreAuthorize(PeopleController.KEEPERS)
class CadreController {

    private final PostService posts;
    private final PostQueries queries;
    private final CadreQueries lists;
    private final OrgTree tree;
    private final CodeLists codes;
    private final Clock clock;

    CadreController(PostService posts, PostQueries queries, CadreQueries lists, OrgTree tree, CodeLists codes, Clock clock) {
        this.clock = clock;
        this.posts = posts;
        this.queries = queries;
        this.lists = lists;
        this.tree = tree;
        this.codes = codes;
    }

    @GetMapping("/cadres")
    String list(@ModelAttribute("filter") CadreFilter filter, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        PageQuery query = PageQuery.of(page, null, sort, dir);
        model.addAttribute("page", lists.cadres(filter, query));
        model.addAttribute("sort", query.sort() == null ? "org" : query.sort());
        model.addAttribute("dir", query.descending() ? "desc" : "asc");
        model.addAttribute("selectedOrg", filter.org() == null ? null : tree.find(filter.org()).orElse(null));
        model.addAttribute("postCodes", codes.items(CodeLists.VILLAGE_CADRE_POST));
        return "organization/cadre-list";
    }

    @GetMapping("/orgs/{orgId}/cadres")
    String village(@PathVariable long orgId, Model model) {
        model.addAttribute("form", CadreForm.blank(LocalDate.now(clock)));
        return villagePage(orgId, model);
    }

    @PostMapping("/orgs/{orgId}/cadres")
    String add(@PathVariable long orgId, @Valid @ModelAttribute("form") CadreForm form, BindingResult result,
               Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                VillageCadre added = posts.addCadre(orgId, form);
                redirect.addFlashAttribute("notice", "已登记" + added.personName() + "为" + added.postLabel());
                return "redirect:/orgs/" + orgId + "/cadres";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return villagePage(orgId, model);
    }

    @GetMapping("/cadres/{cadreId}/edit")
    String edit(@PathVariable long cadreId, Model model) {
        VillageCadre cadre = posts.cadre(cadreId);
        model.addAttribute("form", CadreForm.of(cadre));
        return editPage(cadre, model);
    }

    @PostMapping("/cadres/{cadreId}")
    String update(@PathVariable long cadreId, @Valid @ModelAttribute("form") CadreForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        VillageCadre cadre = posts.cadre(cadreId);
        if (!result.hasErrors()) {
            try {
                VillageCadre saved = posts.updateCadre(cadreId, form);
                redirect.addFlashAttribute("notice", "已保存" + saved.personName() + "的" + saved.postLabel() + "信息");
                return "redirect:/orgs/" + saved.orgId() + "/cadres";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return editPage(cadre, model);
    }

    @PostMapping("/cadres/{cadreId}/end")
    String end(@PathVariable long cadreId, @Valid @ModelAttribute("end") EndForm form, BindingResult result,
               Model model, RedirectAttributes redirect) {
        VillageCadre cadre = posts.cadre(cadreId);
        EndFailure failure;
        if (result.hasErrors()) {
            failure = EndFailure.of(cadreId, form, result);
        } else {
            try {
                VillageCadre ended = posts.endCadre(cadreId, form);
                redirect.addFlashAttribute("notice", ended.personName() + "的" + ended.postLabel() + "任期已于 "
                        + ended.termEnd() + " 结束");
                return "redirect:/orgs/" + cadre.orgId() + "/cadres";
            } catch (RuleViolationException | StaleEditException e) {
                failure = EndFailure.of(cadreId, form, e);
            }
        }
        model.addAttribute("endFailure", failure);
        model.addAttribute("form", CadreForm.blank(LocalDate.now(clock)));
        return villagePage(cadre.orgId(), model);
    }

    private String villagePage(long orgId, Model model) {
        OrgSummary org = posts.village(orgId);
        List<VillageCadre> all = queries.cadres(orgId);
        model.addAttribute("org", org);
        model.addAttribute("path", tree.path(orgId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("current", all.stream().filter(VillageCadre::current).toList());
        model.addAttribute("history", all.stream().filter(c -> !c.current()).toList());
        model.addAttribute("postCodes", codes.items(CodeLists.VILLAGE_CADRE_POST));
        model.addAttribute("candidates", queries.candidates(orgId, null, false, CommitteeController.CANDIDATE_LIMIT));
        return "organization/cadres";
    }

    private String editPage(VillageCadre cadre, Model model) {
        model.addAttribute("cadre", cadre);
        model.addAttribute("org", tree.find(cadre.orgId()).orElseThrow());
        model.addAttribute("path", tree.path(cadre.orgId()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("postCodes", codes.items(CodeLists.VILLAGE_CADRE_POST));
        return "organization/cadre-edit";
    }
}
