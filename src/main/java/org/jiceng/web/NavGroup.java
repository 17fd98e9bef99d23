package org.jiceng.web;

import java.util.List;

/**
 * A group of the main menu, named for the part of the programme it serves: 组织与队伍 and the three projects
 * (素质提升, 争先创优, 激励保障), then 系统. A group of one entry is shown as a plain link.
 */
record NavGroup(String label, List<NavItem> items) {

    /** The entry for {@code path}: the longest matching href, so 培训 is current on /training/sessions, not 素质提升概况. */
    public NavItem current(String path) {
        NavItem best = null;
        for (NavItem item : items) {
            if (item.matches(path) && (best == null || item.href().length() > best.href().length())) {
                best = item;
            }
        }
        return best;
    }

    public boolean single() {
        return items.size() == 1;
    }
}
