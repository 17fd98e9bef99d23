package org.jiceng.incentive.talk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.jiceng.organization.CadreFilter;
import org.jiceng.organization.CadreQueries;
import org.jiceng.organization.CadreRow;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.PersonRecords;
import org.jiceng.shared.DataScope;
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

/**
 * 谈话记录 pages for township and county officers: the list per org and year, recording a talk, a talk with its
 * follow-up check and withdrawal, and the county's influence period of 诫勉谈话.
 */
@Controller
@PreAuthorize(TalkController.OFFICERS)
class TalkController {

    static final String OFFICERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";
    static final String COUNTY = "hasRole('COUNTY_OFFICER')";

    private final TalkService talks;
    private final PersonRecords records;
    private final CadreQueries cadres;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    TalkController(TalkService talks, PersonRecords records, CadreQueries cadres, OrgTree tree, DataScope scope,
                   Clock clock) {
        this.talks = talks;
        this.records = records;
        this.cadres = cadres;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/talks")
    String list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) TalkKind kind, @RequestParam(required = false) Integer page,
                Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("page", talks.talks(orgId, y, kind, PageQuery.of(page, null, null, "desc")));
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("year", y);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", TalkKind.values());
        return "incentive/talk-list";
    }

    @GetMapping("/talks/new")
    String newTalk(@RequestParam(required = false) Long personId, Model model) {
        if (personId != null) {
            records.person(personId);
        }
        model.addAttribute("form", TalkForm.blank(personId, LocalDate.now(clock)));
        return formPage(model);
    }

    @PostMapping("/talks")
    String record(@Valid @ModelAttribute("form") TalkForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Talk saved = talks.record(form);
                redirect.addFlashAttribute("notice", saved.kind().flagsSubject()
                        ? "已登记诫勉谈话，" + saved.subjectName() + "在影响期内（至" + saved.effectiveUntil() + "）已标记"
                        : "已登记提醒谈话");
                return "redirect:/talks/" + saved.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(model);
    }

    @GetMapping("/talks/{talkId}")
    String detail(@PathVariable long talkId, Model model) {
        Talk talk = talks.talk(talkId);
        model.addAttribute("checkForm", new CheckForm(LocalDate.now(clock), null, talk.version()));
        model.addAttribute("withdrawForm", new WithdrawForm(null, talk.version()));
        return detailPage(talk, model);
    }

    @PostMapping("/talks/{talkId}/check")
    String check(@PathVariable long talkId, @Valid @ModelAttribute("checkForm") CheckForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        Talk talk = talks.talk(talkId);
        if (!result.hasErrors()) {
            try {
                talks.check(talkId, form);
                redirect.addFlashAttribute("notice", "已登记回访情况");
                return "redirect:/talks/" + talkId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("withdrawForm", new WithdrawForm(null, talk.version()));
        return detailPage(talk, model);
    }

    @PostMapping("/talks/{talkId}/withdraw")
    String withdraw(@PathVariable long talkId, @Valid @ModelAttribute("withdrawForm") WithdrawForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        Talk talk = talks.talk(talkId);
        if (!result.hasErrors()) {
            try {
                talks.withdraw(talkId, form);
                redirect.addFlashAttribute("notice", "谈话记录已撤销" + (talk.flagId() == null ? "" : "，其人员标记已删除"));
                return "redirect:/talks/" + talkId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("checkForm", new CheckForm(LocalDate.now(clock), null, talk.version()));
        return detailPage(talk, model);
    }

    @GetMapping("/talks/rules")
    String rules(Model model) {
        int year = LocalDate.now(clock).getYear();
        TalkRule current = talks.ruleFor(year).orElse(null);
        Long version = current != null && current.year() == year ? current.version() : null;
        model.addAttribute("ruleForm", new TalkRuleForm(year, current == null ? null : current.admonitionMonths(),
                version));
        return rulesPage(model);
    }

    @PostMapping("/talks/rules")
    @PreAuthorize(COUNTY)
    String saveRule(@Valid @ModelAttribute("ruleForm") TalkRuleForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                TalkRule saved = talks.saveRule(form);
                redirect.addFlashAttribute("notice", saved.year() + "年起诫勉影响期为" + saved.admonitionMonths() + "个月");
                return "redirect:/talks/rules";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return rulesPage(model);
    }

    private String rulesPage(Model model) {
        model.addAttribute("rules", talks.rules());
        model.addAttribute("county", scope.requireActor().role().name().equals("COUNTY_OFFICER"));
        return "incentive/talk-rules";
    }

    private String detailPage(Talk talk, Model model) {
        model.addAttribute("talk", talk);
        model.addAttribute("path", tree.path(talk.orgId()));
        return "incentive/talk-detail";
    }

    private String formPage(Model model) {
        List<CadreRow> inPost = new ArrayList<>();
        cadres.forEachCadre(new CadreFilter(null, null, null, null, null), "org", false, inPost::add);
        model.addAttribute("cadres", inPost);
        model.addAttribute("members", records.membersInScope(3000));
        model.addAttribute("orgNames", new OrgNames(tree));
        model.addAttribute("kinds", TalkKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        OrgSummary own = tree.find(scope.requireActor().orgId()).orElseThrow();
        model.addAttribute("heldBy", own);
        return "incentive/talk-form";
    }
}
