package org.jiceng.organization;

import java.util.Map;

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

/** Pages of the organization tree: browse, view, add a child, edit, move. */
@Controller
@PreAuthorize("hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')")
class OrgController {

    private final OrgQueries queries;
    private final OrgService orgs;
    private final OrgTree tree;
    private final PostQueries posts;
    private final CodeLists codes;

    OrgController(OrgQueries queries, OrgService orgs, OrgTree tree, PostQueries posts, CodeLists codes) {
        this.queries = queries;
        this.codes = codes;
        this.orgs = orgs;
        this.tree = tree;
        this.posts = posts;
    }

    @GetMapping("/orgs")
    String tree(Model model) {
        model.addAttribute("roots", queries.roots());
        return "organization/org-tree";
    }

    /** The children of a node, loaded by htmx when the node is opened. */
    @GetMapping("/orgs/{orgId}/children")
    String children(@PathVariable long orgId, Model model) {
        model.addAttribute("nodes", queries.children(orgId));
        return "organization/org-tree :: nodes";
    }

    @GetMapping("/orgs/{orgId}")
    String show(@PathVariable long orgId, Model model) {
        Org org = orgs.get(orgId);
        model.addAttribute("org", org);
        model.addAttribute("node", queries.node(orgId));
        model.addAttribute("path", tree.path(orgId));
        model.addAttribute("children", queries.children(orgId));
        model.addAttribute("committee", posts.currentCommittee(orgId));
        model.addAttribute("cadres", posts.villageCadres(orgId));
        model.addAttribute("reserves", posts.reserveCadres(orgId));
        model.addAttribute("unitLabels", Map.of(
                "category", labelOrDash(CodeLists.ORG_UNIT_CATEGORY, org.unitCategory()),
                "partyStatus", labelOrDash(CodeLists.ORG_UNIT_PARTY_STATUS, org.unitPartyStatus()),
                "formation", labelOrDash(CodeLists.ORG_FORMATION, org.formation())));
        return "organization/org-detail";
    }

    @GetMapping("/orgs/{orgId}/children/new")
    String newChild(@PathVariable long orgId, Model model) {
        Org parent = orgs.get(orgId);
        model.addAttribute("form", OrgForm.childOf(tree.find(orgId).orElseThrow()));
        return childForm(parent, model);
    }

    @PostMapping("/orgs/{orgId}/children")
    String createChild(@PathVariable long orgId, @Valid @ModelAttribute("form") OrgForm form, BindingResult result,
                       Model model) {
        Org parent = orgs.get(orgId);
        OrgForm withParent = form.withParent(orgId);
        if (!result.hasErrors()) {
            try {
                Org created = orgs.create(withParent);
                return "redirect:/orgs/" + created.id() + "?created";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return childForm(parent, model);
    }

    private String childForm(Org parent, Model model) {
        model.addAttribute("parent", parent);
        model.addAttribute("types", parent.type().allowedChildren());
        model.addAttribute("path", tree.path(parent.id()));
        return unitChoices("organization/org-new", model);
    }

    @GetMapping("/orgs/{orgId}/edit")
    String edit(@PathVariable long orgId, Model model) {
        Org org = orgs.get(orgId);
        model.addAttribute("form", org.toForm());
        return editForm(org, model);
    }

    @PostMapping("/orgs/{orgId}")
    String update(@PathVariable long orgId, @Valid @ModelAttribute("form") OrgForm form, BindingResult result,
                  Model model) {
        Org org = orgs.get(orgId);
        if (!result.hasErrors()) {
            try {
                orgs.update(orgId, form);
                return "redirect:/orgs/" + orgId + "?saved";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return editForm(org, model);
    }

    private String editForm(Org org, Model model) {
        model.addAttribute("org", org);
        model.addAttribute("path", tree.path(org.id()));
        return unitChoices("organization/org-edit", model);
    }

    /** The code lists the form's unit fields choose from. */
    private String unitChoices(String view, Model model) {
        model.addAttribute("unitCategories", codes.items(CodeLists.ORG_UNIT_CATEGORY));
        model.addAttribute("unitPartyStatuses", codes.items(CodeLists.ORG_UNIT_PARTY_STATUS));
        model.addAttribute("formations", codes.items(CodeLists.ORG_FORMATION));
        return view;
    }

    private String labelOrDash(String list, String code) {
        return code == null ? "—" : codes.label(list, code);
    }

    @GetMapping("/orgs/{orgId}/move")
    String moveForm(@PathVariable long orgId, Model model) {
        Org org = orgs.get(orgId);
        model.addAttribute("org", org);
        model.addAttribute("path", tree.path(orgId));
        model.addAttribute("candidates", queries.inScope(2000).stream()
                .filter(o -> org.type().canBeChildOf(o.type()) && !java.util.Objects.equals(o.id(), org.parentId()))
                .toList());
        return "organization/org-move";
    }

    @PostMapping("/orgs/{orgId}/move")
    String move(@PathVariable long orgId, @RequestParam(required = false) Long newParentId,
                @RequestParam(required = false) Long version, Model model) {
        try {
            if (newParentId == null) {
                throw RuleViolationException.onField("newParentId", "请选择新的上级组织");
            }
            orgs.move(orgId, newParentId, version);
            return "redirect:/orgs/" + orgId + "?moved";
        } catch (RuleViolationException | StaleEditException e) {
            model.addAttribute("moveError", e.getMessage());
            return moveForm(orgId, model);
        }
    }
}
