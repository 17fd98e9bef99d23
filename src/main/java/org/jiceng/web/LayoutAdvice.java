package org.jiceng.web;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.Actor;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

/** Gives every page the signed-in user and the menu their role may use. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final DataScope scope;

    LayoutAdvice(DataScope scope) {
        this.scope = scope;
    }

    @ModelAttribute("actor")
    Actor actor() {
        return scope.actor().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation() {
        return scope.actor().map(a -> menu(a.role())).orElse(List.of());
    }

    static List<NavItem> menu(Role role) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("首页", "/"));
        if (role.keepsRegister()) {
            items.add(new NavItem("组织架构", "/orgs"));
            items.add(new NavItem("党员", "/members"));
            items.add(new NavItem("村干部", "/cadres"));
            items.add(new NavItem("后备干部", "/reserve-cadres"));
            items.add(new NavItem("群众", "/villagers"));
            items.add(new NavItem("素质提升", "/training"));
            items.add(new NavItem("培训", "/training/sessions"));
            items.add(new NavItem("学时", "/training/hours"));
            items.add(new NavItem("三会一课", "/training/meetings"));
            items.add(new NavItem("远程教育", "/training/sites"));
            items.add(new NavItem("规定篇目", "/training/readings"));
            items.add(new NavItem("考核评定", "/campaigns"));
            items.add(new NavItem("争创目标", "/targets"));
            items.add(new NavItem("评选表彰", "/commendations"));
        }
        if (role == Role.COUNTY_OFFICER || role == Role.TOWNSHIP_OFFICER) {
            items.add(new NavItem("批量导入", "/imports"));
            items.add(new NavItem("调训", "/training/courses"));
            items.add(new NavItem("考核方案", "/schemes"));
            items.add(new NavItem("考核数据", "/metrics"));
        }
        // 激励保障
        if (role == Role.COUNTY_OFFICER || role == Role.TOWNSHIP_OFFICER) {
            items.add(new NavItem("村干部报酬", "/pay"));
        }
        if (role == Role.MEMBER) {
            items.add(new NavItem("我的信息", "/me"));
            items.add(new NavItem("我的学时", "/training/me"));
            items.add(new NavItem("规定篇目", "/training/me/readings"));
        }
        if (role == Role.SYSTEM_ADMIN) {
            items.add(new NavItem("系统设置", "/admin/settings"));
            items.add(new NavItem("代码表", "/admin/code-lists"));
        }
        if (role == Role.SECURITY_ADMIN) {
            items.add(new NavItem("账户管理", "/admin/accounts"));
        }
        if (role == Role.AUDITOR) {
            items.add(new NavItem("审计日志", "/audit"));
        }
        items.add(new NavItem("我的账户", "/account"));
        return items;
    }
}
