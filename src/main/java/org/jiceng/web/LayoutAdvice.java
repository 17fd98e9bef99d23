package org.jiceng.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jiceng.shared.Actor;
import org.jiceng.shared.BusinessClock;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user, the menu their role may use, and the business date when it is not today's. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final DataScope scope;
    private final BusinessClock clock;

    LayoutAdvice(DataScope scope, BusinessClock clock) {
        this.scope = scope;
        this.clock = clock;
    }

    @ModelAttribute("actor")
    Actor actor() {
        return scope.actor().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The org whose subtree the user reads in the register (null for members and administrators): breadcrumbs link from it down. */
    @ModelAttribute("scopeOrgId")
    Long scopeOrgId() {
        return scope.actor().filter(a -> a.role().keepsRegister()).map(Actor::orgId).orElse(null);
    }

    /** The date the county runs on when it is not the real date (the demo county's 2010-05-05), for the header. */
    @ModelAttribute("businessDate")
    LocalDate businessDate() {
        return clock.fixedDate().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavGroup> navigation() {
        return scope.actor().map(a -> menu(a.role())).orElse(List.of());
    }

    /** The menu of a role, grouped by the programme's parts; groups without an entry for the role are left out. */
    static List<NavGroup> menu(Role role) {
        boolean officer = role == Role.COUNTY_OFFICER || role == Role.TOWNSHIP_OFFICER;
        List<NavGroup> groups = new ArrayList<>();
        groups.add(new NavGroup("工作台", List.of(new NavItem("工作台", "/"))));
        if (role.keepsRegister()) {
            List<NavItem> register = new ArrayList<>(List.of(new NavItem("组织架构", "/orgs"), new NavItem("党员", "/members"),
                    new NavItem("村干部", "/cadres"), new NavItem("后备干部", "/reserve-cadres"),
                    new NavItem("群众", "/villagers")));
            register.add(new NavItem("文件制度", "/documents"));
            if (officer) {
                register.add(new NavItem("批量导入", "/imports"));
            }
            groups.add(new NavGroup("组织与队伍", register));
            List<NavItem> training = new ArrayList<>(List.of(new NavItem("素质提升概况", "/training"),
                    new NavItem("培训", "/training/sessions"), new NavItem("学时", "/training/hours"),
                    new NavItem("三会一课", "/training/meetings"), new NavItem("远程教育", "/training/sites"),
                    new NavItem("规定篇目", "/training/readings")));
            if (officer) {
                training.add(new NavItem("调训", "/training/courses"));
            }
            groups.add(new NavGroup("素质提升", training));
            List<NavItem> excellence = new ArrayList<>(List.of(new NavItem("考核评定", "/campaigns"),
                    new NavItem("争创目标", "/targets"), new NavItem("评选表彰", "/commendations")));
            if (officer) {
                excellence.add(new NavItem("考核方案", "/schemes"));
                excellence.add(new NavItem("考核数据", "/metrics"));
            }
            groups.add(new NavGroup("争先创优", excellence));
            List<NavItem> incentive = new ArrayList<>();
            // Pay and talks are kept by the township or county; care and 奖惩 are read by the branches too.
            if (officer) {
                incentive.add(new NavItem("村干部报酬", "/pay"));
            }
            incentive.add(new NavItem("村干部考核", "/campaigns?subject=VILLAGE_CADRE"));
            incentive.add(new NavItem("奖惩", "/rewards"));
            if (officer) {
                incentive.add(new NavItem("谈话记录", "/talks"));
            }
            incentive.add(new NavItem("困难帮扶", "/care"));
            groups.add(new NavGroup("激励保障", incentive));
            groups.add(new NavGroup("目标责任", List.of(new NavItem("目标责任书", "/target-letters"),
                    new NavItem("台账日记", "/ledger-diary"),
                    new NavItem("台账汇总", "/ledger-diary/rollup"), new NavItem("中心工作", "/central-tasks"),
                    new NavItem("示范村", "/demonstration-villages"), new NavItem("督查督办", "/supervision"),
                    new NavItem("工作总结", "/summaries"))));
        }
        if (role == Role.MEMBER) {
            groups.add(new NavGroup("我的", List.of(new NavItem("我的信息", "/me"), new NavItem("我的学时", "/training/me"),
                    new NavItem("规定篇目", "/training/me/readings"))));
        }
        List<NavItem> system = new ArrayList<>();
        if (role == Role.SYSTEM_ADMIN) {
            system.add(new NavItem("系统设置", "/admin/settings"));
            system.add(new NavItem("代码表", "/admin/code-lists"));
        }
        if (role == Role.SECURITY_ADMIN) {
            system.add(new NavItem("账户管理", "/admin/accounts"));
        }
        if (role == Role.AUDITOR) {
            system.add(new NavItem("审计日志", "/audit"));
        }
        system.add(new NavItem("我的账户", "/account"));
        groups.add(new NavGroup("系统", system));
        return groups;
    }
}
