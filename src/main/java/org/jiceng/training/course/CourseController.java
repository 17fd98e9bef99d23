package org.jiceng.training.course;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.training.TrainingRoles;
import org.jiceng.training.TrainingYears;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * County course pages (调训): the year's courses, planning one (county), selecting participants (county, or a
 * township within its quota) and recording completion (county). The course is named by the {@code course} request
 * parameter because townships work on the county's course, which lies above their subtree.
 */
@Controller
@PreAuthorize(CourseController.OFFICERS)
class CourseController {

    static final String OFFICERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";

    private final CourseService courses;
    private final CourseParticipantService participants;
    private final TrainingYears years;
    private final OrgTree tree;
    private final Clock clock;
    private final DataScope scope;

    CourseController(CourseService courses, CourseParticipantService participants, TrainingYears years, OrgTree tree,
                     DataScope scope, Clock clock) {
        this.clock = clock;
        this.courses = courses;
        this.participants = participants;
        this.years = years;
        this.tree = tree;
        this.scope = scope;
    }

    @GetMapping("/training/courses")
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? years.defaultYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("courses", courses.courses(y));
        model.addAttribute("county", isCounty());
        return "training/course-list";
    }

    @GetMapping("/training/courses/new")
    @PreAuthorize(TrainingRoles.COUNTY)
    String newCourse(Model model) {
        return formPage(Map.of(), Map.of(), null, model);
    }

    @PostMapping("/training/courses")
    @PreAuthorize(TrainingRoles.COUNTY)
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        CourseForm form = parse(params, null, errors);
        if (form != null) {
            try {
                Course created = courses.create(form);
                redirect.addFlashAttribute("notice", "已开设调训：" + created.name() + "。请选调学员。");
                return "redirect:/training/courses/view?course=" + created.id();
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            }
        }
        return formPage(params, errors, null, model);
    }

    @GetMapping("/training/courses/edit")
    @PreAuthorize(TrainingRoles.COUNTY)
    String edit(@RequestParam long course, Model model) {
        Course c = courses.course(course);
        Map<String, String> values = new HashMap<>();
        values.put("name", c.name());
        values.put("startDate", c.startDate().toString());
        values.put("endDate", c.endDate().toString());
        values.put("venue", c.venue());
        values.put("hours", c.hours().stripTrailingZeros().toPlainString());
        values.put("seats", String.valueOf(c.seats()));
        values.put("version", String.valueOf(c.version()));
        courses.quotas(course).forEach((org, seats) -> values.put("quota." + org, String.valueOf(seats)));
        return formPage(values, Map.of(), c, model);
    }

    @PostMapping("/training/courses/edit")
    @PreAuthorize(TrainingRoles.COUNTY)
    String update(@RequestParam long course, @RequestParam Map<String, String> params, Model model,
                  RedirectAttributes redirect) {
        Course c = courses.course(course);
        Map<String, String> errors = new LinkedHashMap<>();
        CourseForm form = parse(params, params.get("version"), errors);
        if (form != null) {
            try {
                Course saved = courses.update(course, form);
                redirect.addFlashAttribute("notice", "已保存调训：" + saved.name());
                return "redirect:/training/courses/view?course=" + course;
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
                if (e.fieldErrors().isEmpty()) {
                    model.addAttribute("problem", e.getMessage());
                }
            } catch (StaleEditException e) {
                model.addAttribute("problem", e.getMessage() + "（请重新打开修改页面）");
            }
        }
        return formPage(params, errors, c, model);
    }

    /** The form's fields as a {@link CourseForm}, or null with the fields' messages in {@code errors}. */
    private static CourseForm parse(Map<String, String> params, String version, Map<String, String> errors) {
        LocalDate start = date(params.get("startDate"), "startDate", "请填写开始日期", errors);
        LocalDate end = date(params.get("endDate"), "endDate", "请填写结束日期", errors);
        BigDecimal hours = decimal(params.get("hours"), "hours", errors);
        BigDecimal seats = decimal(params.get("seats"), "seats", errors);
        String name = params.getOrDefault("name", "").trim();
        if (name.isEmpty()) {
            errors.put("name", "请填写调训班名称");
        }
        Map<Long, Integer> quotas = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("quota.") && v != null && !v.isBlank()) {
                try {
                    quotas.put(Long.parseLong(k.substring(6)), Integer.parseInt(v.trim()));
                } catch (NumberFormatException e) {
                    errors.put("quotas", "乡镇名额须为整数");
                }
            }
        });
        if (!errors.isEmpty()) {
            return null;
        }
        return new CourseForm(name, start, end, params.get("venue"), hours, seats.intValue(), quotas,
                version == null || version.isBlank() ? null : Long.valueOf(version.trim()));
    }

    @GetMapping("/training/courses/view")
    String view(@RequestParam long course, Model model) {
        Course c = courses.course(course);
        model.addAttribute("course", c);
        model.addAttribute("participants", participants.participants(course));
        model.addAttribute("candidates", participants.candidates(course));
        model.addAttribute("county", isCounty() && tree.contains(scope.requireActor().orgId(), c.orgId()));
        model.addAttribute("holder", c.orgId() == scope.requireActor().orgId());
        model.addAttribute("ended", !c.endDate().isAfter(LocalDate.now(clock)));
        return "training/course-detail";
    }

    @PostMapping("/training/courses/select")
    String select(@RequestParam long course, @RequestParam(required = false) List<Long> personIds,
                  RedirectAttributes redirect) {
        try {
            int before = courses.course(course).selected();
            int after = participants.select(course, personIds).selected();
            redirect.addFlashAttribute("notice", "已选调" + (after - before) + "人");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/training/courses/view?course=" + course;
    }

    @PostMapping("/training/courses/deselect")
    String deselect(@RequestParam long course, @RequestParam long personId, RedirectAttributes redirect) {
        try {
            participants.deselect(course, personId);
            redirect.addFlashAttribute("notice", "已取消选调");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/training/courses/view?course=" + course;
    }

    @PostMapping("/training/courses/complete")
    @PreAuthorize(TrainingRoles.COUNTY)
    String complete(@RequestParam long course, @RequestParam long personId, @RequestParam boolean completed,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            participants.complete(course, personId, completed, reason);
            redirect.addFlashAttribute("notice", completed ? "已登记结业，学时已计入" : "已登记未结业");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/training/courses/view?course=" + course;
    }

    private boolean isCounty() {
        return tree.find(scope.requireActor().orgId()).map(o -> o.type() == OrgType.COUNTY).orElse(false);
    }

    /** The plan form: a new course when {@code editing} is null, else a correction of that course. */
    private String formPage(Map<String, String> values, Map<String, String> errors, Course editing, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("townships", tree.children(scope.requireActor().orgId()).stream()
                .filter(o -> o.type() == OrgType.TOWNSHIP).toList());
        return "training/course-form";
    }

    private static LocalDate date(String value, String field, String missing, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(field, "日期格式应为 2010-04-08");
            return null;
        }
    }

    private static BigDecimal decimal(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "请填写");
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "请填写数字");
            return null;
        }
    }
}
