package org.jiceng.training.reading;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.training.TrainingYears;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's own required readings (我的规定篇目): the year's readings with what they have studied, recording a study
 * of their own and withdrawing one recorded by mistake. The county's side is {@link ReadingController}.
 */
@Controller
@PreAuthorize(ReadingController.OWN)
class MyReadingController {

    private final ReadingService readings;
    private final ReadingQueries queries;
    private final TrainingYears years;
    private final DataScope scope;
    private final Clock clock;

    MyReadingController(ReadingService readings, ReadingQueries queries, TrainingYears years, DataScope scope,
                        Clock clock) {
        this.readings = readings;
        this.queries = queries;
        this.years = years;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/training/me/readings")
    String mine(@RequestParam(required = false) Integer year, Model model) {
        return minePage(year == null ? years.defaultYear() : year, null, Map.of(), model);
    }

    @PostMapping("/training/me/readings/withdraw")
    String withdrawMine(@RequestParam long reading, @RequestParam(required = false) Integer year,
                        RedirectAttributes redirect) {
        try {
            readings.withdrawStudy(reading, null);
            redirect.addFlashAttribute("notice", "已撤回学习记录");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/training/me/readings?year=" + (year == null ? years.defaultYear() : year);
    }

    @PostMapping("/training/me/readings")
    String recordMine(@RequestParam(name = "reading", required = false) Long readingId,
                      @RequestParam(required = false) java.time.LocalDate studiedOn,
                      @RequestParam(required = false) java.math.BigDecimal hours,
                      @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        if (readingId == null) {
            throw NotFoundException.of("规定篇目", "");
        }
        Reading reading = readings.reading(readingId);
        StudyForm form = new StudyForm(readingId, null, null, studiedOn, hours, note);
        Map<String, String> errors = new LinkedHashMap<>();
        if (studiedOn == null) {
            errors.put("studiedOn", "请填写学习日期");
        } else if (note != null && note.length() > 1000) {
            errors.put("note", "心得不超过1000字");
        } else {
            try {
                readings.recordOwn(form);
                redirect.addFlashAttribute("notice", "已登记学习《" + reading.title() + "》，计" + (hours == null
                        ? reading.hours() : hours) + "学时");
                return "redirect:/training/me/readings?year=" + reading.year();
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
                if (errors.isEmpty()) {
                    errors.put("studiedOn", e.getMessage());
                }
            }
        }
        return minePage(reading.year(), form, errors, model);
    }

    private String minePage(int year, StudyForm failed, Map<String, String> errors, Model model) {
        Long personId = scope.requireActor().personId();
        if (personId == null) {
            throw new NotFoundException("您的账户未关联党员名册中的人员");
        }
        model.addAttribute("year", year);
        model.addAttribute("readings", readings.readings(year));
        model.addAttribute("studies", queries.studiesOf(personId, year));
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "training/my-readings";
    }
}
