package org.jiceng.organization;

import java.time.Clock;

import jakarta.validation.Valid;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.Role;
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

/** Pages of the people register: member and villager lists, a person's record, adding, editing, transferring. */
@Controller
class PeopleController {

    static final String KEEPERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";

    private final PeopleQueries queries;
    private final PeopleService people;
    private final OrgQueries orgQueries;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final Clock clock;
    private final PersonSections sections;

    PeopleController(PeopleQueries queries, PeopleService people, OrgQueries orgQueries, OrgTree tree,
                     PersonSections sections, CodeLists codes, DataScope scope, Clock clock) {
        this.clock = clock;
        this.sections = sections;
        this.queries = queries;
        this.people = people;
        this.orgQueries = orgQueries;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
    }

    @GetMapping("/members")
    @PreAuthorize(KEEPERS)
    String members(@ModelAttribute("filter") PeopleFilter filter, @RequestParam(required = false) Integer page,
                   @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                   Model model) {
        return list(new PeopleFilter(filter.org(), filter.q(), PeopleFilter.Kind.MEMBERS, filter.politicalStatus(),
                filter.membershipStatus(), filter.gender(), filter.migrant(), filter.hardship(),
                filter.lostContact()), PageQuery.of(page, null, sort, dir), model);
    }

    @GetMapping("/villagers")
    @PreAuthorize(KEEPERS)
    String villagers(@ModelAttribute("filter") PeopleFilter filter, @RequestParam(required = false) Integer page,
                     @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                     Model model) {
        return list(new PeopleFilter(filter.org(), filter.q(), PeopleFilter.Kind.VILLAGERS, null, null,
                filter.gender(), null, null, null), PageQuery.of(page, null, sort, dir), model);
    }

    private String list(PeopleFilter filter, PageQuery page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", queries.search(filter, page));
        model.addAttribute("sort", page.sort() == null ? "name" : page.sort());
        model.addAttribute("dir", page.descending() ? "desc" : "asc");
        model.addAttribute("villagers", filter.kind() == PeopleFilter.Kind.VILLAGERS);
        model.addAttribute("selectedOrg", filter.org() == null ? null : tree.find(filter.org()).orElse(null));
        model.addAttribute("statuses", codes.items(CodeLists.MEMBERSHIP_STATUS));
        return "organization/people-list";
    }

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    String me() {
        Long personId = scope.requireActor().personId();
        if (personId == null) {
            throw new NotFoundException("您的账户没有关联党员档案");
        }
        return "redirect:/members/" + personId;
    }

    @GetMapping({"/members/{personId}", "/villagers/{personId}"})
    @PreAuthorize("hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY', 'MEMBER')")
    String show(@PathVariable long personId, Model model) {
        Person person = people.get(personId);
        Role role = scope.requireActor().role();
        PersonSections.Sections of = sections.of(person, role.keepsRegister());
        model.addAttribute("person", person);
        model.addAttribute("path", tree.path(person.orgId()));
        model.addAttribute("transfers", of.transfers());
        model.addAttribute("posts", of.posts());
        model.addAttribute("partyGroup", of.partyGroup());
        addCodeLabels(model);
        model.addAttribute("canEdit", role.keepsRegister());
        model.addAttribute("honours", of.honours());
        model.addAttribute("flagKeeper", role == Role.COUNTY_OFFICER || role == Role.TOWNSHIP_OFFICER);
        model.addAttribute("flags", of.flags());
        model.addAttribute("flagKinds", PersonFlagKind.values());
        return "organization/person-detail";
    }

    @GetMapping({"/members/new", "/villagers/new"})
    @PreAuthorize(KEEPERS)
    String newPerson(@RequestParam(required = false) Long org, @RequestParam(required = false) String kind,
                     jakarta.servlet.http.HttpServletRequest request, Model model) {
        boolean villager = request.getRequestURI().contains("/villagers/");
        long orgId = org != null ? org : defaultOrg();
        model.addAttribute("form", villager ? MemberForm.newVillagerOf(orgId) : MemberForm.newMemberOf(orgId));
        return form(model, null);
    }

    @PostMapping({"/members", "/villagers"})
    @PreAuthorize(KEEPERS)
    String create(@Valid @ModelAttribute("form") MemberForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                Person created = people.create(form);
                return "redirect:" + base(created) + created.id() + "?created";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return form(model, null);
    }

    @GetMapping({"/members/{personId}/edit", "/villagers/{personId}/edit"})
    @PreAuthorize(KEEPERS)
    String edit(@PathVariable long personId, Model model) {
        Person person = people.get(personId);
        model.addAttribute("form", person.toForm());
        return form(model, person);
    }

    @PostMapping({"/members/{personId}", "/villagers/{personId}"})
    @PreAuthorize(KEEPERS)
    String update(@PathVariable long personId, @Valid @ModelAttribute("form") MemberForm form, BindingResult result,
                  Model model) {
        Person person = people.get(personId);
        if (!result.hasErrors()) {
            try {
                Person saved = people.update(personId, form);
                return "redirect:" + base(saved) + personId + "?saved";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return form(model, person);
    }

    @GetMapping("/members/{personId}/transfer")
    @PreAuthorize(KEEPERS)
    String transferForm(@PathVariable long personId, Model model) {
        Person person = people.get(personId);
        model.addAttribute("form", new TransferForm(null, java.time.LocalDate.now(clock), null, person.version()));
        return transferPage(person, model);
    }

    @PostMapping("/members/{personId}/transfer")
    @PreAuthorize(KEEPERS)
    String transfer(@PathVariable long personId, @Valid @ModelAttribute("form") TransferForm form,
                    BindingResult result, Model model) {
        Person person = people.get(personId);
        if (!result.hasErrors()) {
            try {
                people.transfer(personId, form);
                return "redirect:/members/" + personId + "?transferred";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return transferPage(person, model);
    }

    private String transferPage(Person person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("path", tree.path(person.orgId()));
        model.addAttribute("branches", orgQueries.memberHoldingOrgs(null, 5000).stream()
                .filter(o -> o.id() != person.orgId()).toList());
        return "organization/person-transfer";
    }

    private String form(Model model, Person existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("branches", orgQueries.memberHoldingOrgs(null, 5000));
        model.addAttribute("politicalStatuses", PoliticalStatus.values());
        model.addAttribute("genders", codes.items(CodeLists.GENDER));
        model.addAttribute("ethnicities", codes.items(CodeLists.ETHNICITY));
        model.addAttribute("educations", codes.items(CodeLists.EDUCATION));
        model.addAttribute("workPosts", codes.items(CodeLists.WORK_POST));
        model.addAttribute("statuses", codes.items(CodeLists.MEMBERSHIP_STATUS));
        return "organization/person-form";
    }

    private void addCodeLabels(Model model) {
        model.addAttribute("genderLabels", codes.labels(CodeLists.GENDER));
        model.addAttribute("ethnicityLabels", codes.labels(CodeLists.ETHNICITY));
        model.addAttribute("educationLabels", codes.labels(CodeLists.EDUCATION));
        model.addAttribute("workPostLabels", codes.labels(CodeLists.WORK_POST));
        model.addAttribute("legacyCategoryLabels", codes.labels(CodeLists.PERSON_CATEGORY));
        model.addAttribute("statusLabels", codes.labels(CodeLists.MEMBERSHIP_STATUS));
    }

    private long defaultOrg() {
        return orgQueries.memberHoldingOrgs(null, 1).stream().findFirst().map(OrgSummary::id)
                .orElseThrow(() -> new NotFoundException("您的管辖范围内没有党支部"));
    }

    private static String base(Person person) {
        return person.politicalStatus().isMember() ? "/members/" : "/villagers/";
    }
}
