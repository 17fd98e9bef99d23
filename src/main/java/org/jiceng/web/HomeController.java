package org.jiceng.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jiceng.organization.RegisterStats;
import org.jiceng.shared.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the register's figures and charts for officers and secretaries, a short guide for others. */
@Controller
class HomeController {

    private final DataScope scope;
    private final Clock clock;
    private final RegisterStats stats;

    HomeController(DataScope scope, RegisterStats stats, Clock clock) {
        this.clock = clock;
        this.scope = scope;
        this.stats = stats;
    }

    @GetMapping("/")
    String home(Model model) {
        var actor = scope.requireActor();
        if (actor.role().keepsRegister()) {
            model.addAttribute("summary", stats.summary());
            model.addAttribute("ageBands", stats.ageBands(LocalDate.now(clock).getYear()));
            model.addAttribute("education", stats.education());
            model.addAttribute("byChild", stats.membersByChild());
        }
        return "home";
    }
}
