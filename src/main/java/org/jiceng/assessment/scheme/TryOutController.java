package org.jiceng.assessment.scheme;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.Metrics;
import org.jiceng.assessment.metric.MetricOrgs;
import org.jiceng.organization.OrgSummary;
import org.jiceng.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 试算: enter sample inputs for a scheme and see the score sheet; nothing is stored. 用某村数据试算 fills the
 * indicators bound to a metric from a chosen org's figures for the scheme's year (the scope guard checks {@code org}).
 */
@Controller
@PreAuthorize(SchemeController.READERS)
class TryOutController {

    /** What was typed on the 试算 form, by indicator code ({@code inputs[CODE]}). */
    record TryOutForm(Map<String, String> inputs) {

        TryOutForm {
            inputs = inputs == null ? Map.of() : inputs;
        }
    }

    private final SchemeService schemes;
    private final Metrics metrics;
    private final MetricOrgs orgs;

    TryOutController(SchemeService schemes, Metrics metrics, MetricOrgs orgs) {
        this.schemes = schemes;
        this.metrics = metrics;
        this.orgs = orgs;
    }

    @GetMapping("/schemes/{schemeId}/try-out")
    String form(@PathVariable long schemeId, @RequestParam(required = false) Long org, Model model) {
        StoredScheme stored = schemes.get(schemeId);
        if (org == null) {
            return page(stored, Map.of(), Map.of(), model);
        }
        List<OrgSummary> choices = choices(stored);
        OrgSummary chosen = choices.stream().filter(o -> o.id() == org).findFirst().orElse(null);
        if (chosen == null) {
            model.addAttribute("dataError", "请选择本方案考核对象（" + stored.scheme().subject().label() + "）中的一个");
            return page(stored, Map.of(), Map.of(), model);
        }
        Map<String, BigDecimal> inputs = schemes.inputsFromData(schemeId, org);
        Map<String, String> entered = new LinkedHashMap<>();
        inputs.forEach((code, value) -> entered.put(code, value.stripTrailingZeros().toPlainString()));
        model.addAttribute("chosenOrg", chosen);
        model.addAttribute("dataNotice", "已按“" + chosen.shortName() + "”" + stored.scheme().year() + "年数据填入"
                + inputs.size() + "项（共" + stored.metrics().size() + "项取自数据），其余请手工填写");
        Map<String, String> errors = new HashMap<>();
        try {
            model.addAttribute("sheet", schemes.tryOut(schemeId, inputs));
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach(f -> errors.put(f.field(), f.message()));
        }
        return page(stored, entered, errors, model);
    }

    @PostMapping("/schemes/{schemeId}/try-out")
    String evaluate(@PathVariable long schemeId, @ModelAttribute("typed") TryOutForm form, Model model) {
        StoredScheme stored = schemes.get(schemeId);
        Map<String, String> entered = new LinkedHashMap<>();
        Map<String, String> errors = new HashMap<>();
        Map<String, BigDecimal> inputs = new HashMap<>();
        form.inputs().forEach((code, value) -> {
            if (value != null && !value.isBlank()) {
                entered.put(code, value);
                try {
                    inputs.put(code, new BigDecimal(value.trim()));
                } catch (NumberFormatException e) {
                    errors.put(code, "请填写数字");
                }
            }
        });
        if (errors.isEmpty()) {
            try {
                model.addAttribute("sheet", schemes.tryOut(schemeId, inputs));
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach(f -> errors.put(f.field(), f.message()));
            }
        }
        return page(stored, entered, errors, model);
    }

    private List<OrgSummary> choices(StoredScheme stored) {
        var subject = MetricOrgs.subjectOf(stored.scheme().subject());
        return subject == null ? List.of() : orgs.of(subject);
    }

    private String page(StoredScheme stored, Map<String, String> entered, Map<String, String> errors, Model model) {
        model.addAttribute("stored", stored);
        model.addAttribute("rows", SchemeView.rows(stored.scheme(), SchemeView.sources(stored, metrics.byCode())));
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        model.addAttribute("orgChoices", stored.metrics().isEmpty() ? List.of() : choices(stored));
        return "assessment/scheme-try";
    }
}
