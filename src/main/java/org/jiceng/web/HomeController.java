package org.jiceng.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jiceng.organization.RegisterStats;
import org.jiceng.shared.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page is the user's workbench (工作台): first what waits for them, then the year's figures of the three
 * projects and the register for officers and secretaries; a short guide to their duty for the administrators.
 */
@Controller
class HomeController {

    private final DataScope scope;
    private final RegisterStats stats;
    private final Workbench workbench;
    private final Clock clock;

    HomeController(DataScope scope, RegisterStats stats, Workbench workbench, Clock clock) {
        this.scope = scope;
        this.stats = stats;
        this.workbench = workbench;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        var actor = scope.requireActor();
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        model.addAttribute("today", today);
        model.addAttribute("year", year);
        var desk = workbench.desk(actor, today);
        model.addAttribute("work", desk.work());
        if (actor.role().keepsRegister()) {
            model.addAttribute("training", desk.training());
            model.addAttribute("campaigns", desk.campaigns());
            model.addAttribute("targets", desk.targets());
            model.addAttribute("incentive", desk.incentive());
            model.addAttribute("summary", stats.summary());
            model.addAttribute("ageBands", stats.ageBands(year));
            model.addAttribute("education", stats.education());
            model.addAttribute("byChild", stats.membersByChild());
        }
        return "home";
    }
}
