package org.jiceng.incentive.care;

import java.util.HashMap;
import java.util.Map;

import org.jiceng.organization.OrgTree;

/** Short labels of orgs ("汉封乡 / 关村村") for one page, each org looked up once. */
final class OrgLabels {

    private final OrgTree tree;
    private final Map<Long, String> labels = new HashMap<>();

    OrgLabels(OrgTree tree) {
        this.tree = tree;
    }

    public String of(long orgId) {
        return labels.computeIfAbsent(orgId, tree::label);
    }
}
