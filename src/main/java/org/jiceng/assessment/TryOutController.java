package org.jiceng.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jiceng.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 试算: enter sample inputs for a scheme and see the score sheet; nothing is stored. */
@Controller
@PreAuthorize(SchemeController.READERS)
class TryOutController {

    static final String INPUT = "in_";

    private final SchemeService schemes;

    TryOutController(SchemeService schemes) {
        this.schemes = schemes;
    }

    @GetMapping("/schemes/{schemeId}/try-out")
    String form(@PathVariable long schemeId, Model model) {
        return page(schemes.get(schemeId), Map.of(), Map.of(), model);
    }

    @PostMapping("/schemes/{schemeId}/try-out")
    String evaluate(@PathVariable long schemeId, @RequestParam Map<String, String> params, Model model) {
        StoredScheme stored = schemes.get(schemeId);
        Map<String, String> entered = new LinkedHashMap<>();
        Map<String, String> errors = new HashMap<>();
        Map<String, BigDecimal> inputs = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(INPUT) && value != null && !value.isBlank()) {
                String code = name.substring(INPUT.length());
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

    private String page(StoredScheme stored, Map<String, String> entered, Map<String, String> errors, Model model) {
        model.addAttribute("stored", stored);
        model.addAttribute("rows", SchemeView.rows(stored.scheme()));
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "assessment/scheme-try";
    }
}
