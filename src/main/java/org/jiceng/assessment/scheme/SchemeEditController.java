package org.jiceng.assessment.scheme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jiceng.assessment.Metrics;
import org.jiceng.assessment.engine.ScoringMethod;
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

/**
 * The draft editor: one form with the header, indicator rows and band rows. Buttons that add, remove or move a row
 * re-render the form with the user's input kept and save nothing; "保存" saves the whole draft or shows each problem
 * beside its field.
 */
@Controller
@PreAuthorize(SchemeController.WRITERS)
class SchemeEditController {

    private final SchemeService schemes;
    private final Metrics metrics;

    SchemeEditController(SchemeService schemes, Metrics metrics) {
        this.schemes = schemes;
        this.metrics = metrics;
    }

    @GetMapping("/schemes/{schemeId}/edit")
    String edit(@PathVariable long schemeId, Model model) {
        StoredScheme stored = schemes.get(schemeId);
        if (!stored.isDraft() || !schemes.canWrite(stored)) {
            return "redirect:/schemes/" + schemeId;
        }
        model.addAttribute("form", SchemeForm.of(stored));
        return page(stored, model);
    }

    @PostMapping("/schemes/{schemeId}")
    String save(@PathVariable long schemeId, @ModelAttribute("form") SchemeForm form, BindingResult result,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        StoredScheme stored = schemes.get(schemeId);
        if (!"save".equals(action)) {
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
            model.addAttribute("form", edited(form, action));
            return page(stored, model);
        }
        if (!result.hasErrors()) {
            try {
                StoredScheme saved = schemes.update(schemeId, form);
                redirect.addFlashAttribute("notice", "已保存“" + saved.label() + "”");
                return "redirect:/schemes/" + schemeId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return page(stored, model);
    }

    /** Applies a row button: addIndicator, addChild:i, removeIndicator:i, up:i, down:i, addBand, removeBand:i. */
    static SchemeForm edited(SchemeForm form, String action) {
        List<IndicatorRow> rows = new ArrayList<>(form.indicators());
        List<BandRow> bands = new ArrayList<>(form.bands());
        String[] parts = action.split(":");
        int i = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        switch (parts[0]) {
            case "addIndicator" -> rows.add(IndicatorRow.blank(null));
            case "addChild" -> rows.add(i + 1, IndicatorRow.blank(rows.get(i).code()));
            case "removeIndicator" -> rows.remove(i);
            case "up" -> Collections.swap(rows, i, Math.max(0, i - 1));
            case "down" -> Collections.swap(rows, i, Math.min(rows.size() - 1, i + 1));
            case "addBand" -> bands.add(new BandRow("", null, null, null, null));
            case "removeBand" -> bands.remove(i);
            default -> {
            }
        }
        return form.withRows(rows, bands);
    }

    private String page(StoredScheme stored, Model model) {
        model.addAttribute("stored", stored);
        model.addAttribute("methods", ScoringMethod.values());
        var options = metrics.catalogue().stream()
                .filter(m -> MetricBindings.appliesTo(m, stored.scheme().subject())).toList();
        model.addAttribute("metricOptions", options);
        model.addAttribute("metricCodes", options.stream().map(m -> m.code()).toList());
        return "assessment/scheme-edit";
    }
}
