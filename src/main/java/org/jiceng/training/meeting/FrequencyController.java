package org.jiceng.training.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.training.TrainingRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county officer sets how often each meeting type must be held in a year (page and API). */
@Controller
@Tag(name = "三会一课", description = "组织生活会议记录、乡镇审核（通过/退回）、按县委设置的频次计算落实情况")
class FrequencyController {

    private final MeetingService meetings;
    private final CodeLists codes;
    private final DataScope scope;

    FrequencyController(MeetingService meetings, CodeLists codes, DataScope scope) {
        this.meetings = meetings;
        this.codes = codes;
        this.scope = scope;
    }

    @GetMapping("/training/meetings/frequencies/{year}")
    @PreAuthorize("hasRole('COUNTY_OFFICER')")
    String page(@PathVariable int year, Model model) {
        return page(year, null, model);
    }

    @PostMapping("/training/meetings/frequencies/{year}")
    @PreAuthorize("hasRole('COUNTY_OFFICER')")
    String save(@PathVariable int year, @RequestParam List<String> type,
                @RequestParam(required = false) List<String> period, @RequestParam(required = false) List<Integer> minCount,
                @RequestParam(required = false) String token, Model model, RedirectAttributes redirect) {
        List<FrequencyForm.Item> items = new ArrayList<>();
        for (int i = 0; i < type.size(); i++) {
            String p = period == null || i >= period.size() ? "" : period.get(i);
            if (!p.isBlank()) {
                Integer count = minCount == null || i >= minCount.size() ? null : minCount.get(i);
                if (count == null || count < 1 || count > 31) {
                    return page(year, "每种要求召开的会议，次数须在1至31之间", model);
                }
                items.add(new FrequencyForm.Item(type.get(i), Frequency.Period.valueOf(p), count));
            }
        }
        try {
            meetings.saveFrequencies(year, new FrequencyForm(items, token));
            redirect.addFlashAttribute("notice", "已保存" + year + "年会议频次要求");
            return "redirect:/training/meetings/frequencies/" + year;
        } catch (RuleViolationException | StaleEditException e) {
            return page(year, e.getMessage(), model);
        }
    }

    @GetMapping("/api/v1/meeting-frequencies/{year}")
    @ResponseBody
    @PreAuthorize(TrainingRoles.KEEPERS)
    @Operation(summary = "年度会议频次要求", description = "本县该年度适用的要求（未单独设置时沿用之前最近年度的）。")
    Map<String, Object> get(@PathVariable int year) {
        List<Frequency> applying = meetings.frequencies(scope.requireActor().orgId(), year);
        return Map.of("year", year, "frequencies", applying, "token", meetings.frequencyToken(year));
    }

    @PutMapping("/api/v1/meeting-frequencies/{year}")
    @ResponseBody
    @PreAuthorize("hasRole('COUNTY_OFFICER')")
    @Operation(summary = "设置年度会议频次要求", description = "整体替换本县该年度的要求；token 为读取时返回的值，他人已修改时返回 409。")
    List<Frequency> put(@PathVariable int year, @Valid @RequestBody FrequencyForm form) {
        return meetings.saveFrequencies(year, form);
    }

    private String page(int year, String problem, Model model) {
        long orgId = scope.requireActor().orgId();
        List<Frequency> applying = meetings.frequencies(orgId, year);
        Map<String, Frequency> byType = applying.stream().collect(Collectors.toMap(Frequency::type, Function.identity()));
        model.addAttribute("year", year);
        model.addAttribute("types", codes.items(MeetingQueries.TYPE_LIST));
        model.addAttribute("byType", byType);
        model.addAttribute("periods", Frequency.Period.values());
        model.addAttribute("token", meetings.frequencyToken(year));
        model.addAttribute("carriedOver", !applying.isEmpty() && meetings.frequencyToken(year).isEmpty());
        model.addAttribute("problem", problem);
        return "training/meeting-frequencies";
    }
}
