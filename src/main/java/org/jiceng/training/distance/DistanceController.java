package org.jiceng.training.distance;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.training.TrainingRoles;
import org.jiceng.training.TrainingYears;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Distance-education sites (远程教育站点): the list, registering a site, its playback log and monthly use (page and API). */
@Controller
@PreAuthorize(TrainingRoles.KEEPERS)
@Tag(name = "远程教育", description = "远程教育站点、播放记录及每月组织收看次数和时长是否达到县委要求")
class DistanceController {

    private final DistanceService distance;
    private final TrainingYears years;
    private final OrgTree tree;
    private final DataScope scope;

    DistanceController(DistanceService distance, TrainingYears years, OrgTree tree, DataScope scope) {
        this.distance = distance;
        this.years = years;
        this.tree = tree;
        this.scope = scope;
    }

    /** A site with its playbacks and months of a year. */
    record SiteDetail(DistanceSite site, List<SiteMonth> months, List<Playback> playbacks) {
    }

    @GetMapping("/training/sites")
    String list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year, Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int y = year == null ? years.defaultYear() : year;
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("year", y);
        model.addAttribute("sites", distance.sites(orgId, y));
        model.addAttribute("form", new SiteForm(orgId, null, null, null));
        return "training/site-list";
    }

    @PostMapping("/training/sites")
    String create(@Valid @ModelAttribute("form") SiteForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                DistanceSite site = distance.create(form);
                redirect.addFlashAttribute("notice", "已登记站点：" + site.name());
                return "redirect:/training/sites/" + site.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        long orgId = form.orgId() == null ? scope.requireActor().orgId() : form.orgId();
        int y = years.defaultYear();
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("year", y);
        model.addAttribute("sites", distance.sites(orgId, y));
        return "training/site-list";
    }

    @GetMapping("/training/sites/{siteId}")
    String detail(@PathVariable long siteId, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? years.defaultYear() : year;
        model.addAttribute("detail", detail(siteId, y));
        model.addAttribute("year", y);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PlaybackForm(null, null, null, null));
        }
        return "training/site-detail";
    }

    @PostMapping("/training/sites/{siteId}/playbacks")
    String addPlayback(@PathVariable long siteId, @Valid @ModelAttribute("form") PlaybackForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Playback added = distance.addPlayback(siteId, form);
                redirect.addFlashAttribute("notice", "已登记 " + added.playedOn() + " 的收看记录");
                return "redirect:/training/sites/" + siteId + "?year=" + added.playedOn().getYear();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        int y = form.playedOn() == null ? years.defaultYear() : form.playedOn().getYear();
        model.addAttribute("detail", detail(siteId, y));
        model.addAttribute("year", y);
        return "training/site-detail";
    }

    @GetMapping("/api/v1/distance-sites")
    @ResponseBody
    @Operation(summary = "远程教育站点", description = "org（默认本人所在组织）下的站点及 year 年度的播放次数和时长。")
    List<DistanceSite> sitesApi(@RequestParam(required = false) Long org, @RequestParam int year) {
        return distance.sites(org == null ? scope.requireActor().orgId() : org, year);
    }

    @PostMapping("/api/v1/distance-sites")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记站点", description = "站点属于一个党支部（党总支）。")
    DistanceSite createApi(@Valid @RequestBody SiteForm form) {
        return distance.create(form);
    }

    @GetMapping("/api/v1/distance-sites/{siteId}")
    @ResponseBody
    @Operation(summary = "站点及播放记录", description = "months 为各月播放次数、时长及是否达到县委要求（未结束的月份为 null）。")
    SiteDetail detailApi(@PathVariable long siteId, @RequestParam int year) {
        return detail(siteId, year);
    }

    @PostMapping("/api/v1/distance-sites/{siteId}/playbacks")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记收看记录", description = "日期不晚于今天；时长0.5–12小时；人数不为负。")
    Playback addPlaybackApi(@PathVariable long siteId, @Valid @RequestBody PlaybackForm form) {
        return distance.addPlayback(siteId, form);
    }

    private SiteDetail detail(long siteId, int year) {
        return new SiteDetail(distance.site(siteId, year), distance.months(siteId, year), distance.playbacks(siteId, year));
    }
}
