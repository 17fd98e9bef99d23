package org.jiceng.review;

import java.util.Set;

import org.jiceng.shared.Role;

/**
 * The steps of the chain: from which stages each may be taken, to which stage it leads, who may take it and whether
 * a reason is required. A return goes one level back: from the township's desk to the branch, from the county's to
 * the township's; an objection upheld during 公示 sends the item back to the township's review.
 */
public enum ReviewAction {
    SUBMIT("提交", Set.of(ReviewStage.DRAFT), ReviewStage.SUBMITTED,
            Set.of(Role.BRANCH_SECRETARY, Role.TOWNSHIP_OFFICER, Role.COUNTY_OFFICER), false),
    REVIEW("乡镇审核通过", Set.of(ReviewStage.SUBMITTED), ReviewStage.REVIEWED,
            Set.of(Role.TOWNSHIP_OFFICER, Role.COUNTY_OFFICER), false),
    RETURN("退回", Set.of(ReviewStage.SUBMITTED, ReviewStage.REVIEWED, ReviewStage.APPROVED), null,
            Set.of(Role.TOWNSHIP_OFFICER, Role.COUNTY_OFFICER), true),
    APPROVE("县级审定", Set.of(ReviewStage.REVIEWED), ReviewStage.APPROVED, Set.of(Role.COUNTY_OFFICER), false),
    PUBLICIZE("公示", Set.of(ReviewStage.APPROVED), ReviewStage.PUBLICIZING, Set.of(Role.COUNTY_OFFICER), false),
    UPHOLD("异议成立，退回重审", Set.of(ReviewStage.PUBLICIZING), ReviewStage.SUBMITTED, Set.of(Role.COUNTY_OFFICER), true),
    FINALIZE("确定结果", Set.of(ReviewStage.PUBLICIZING), ReviewStage.FINAL, Set.of(Role.COUNTY_OFFICER), false);

    private final String label;
    private final Set<ReviewStage> from;
    private final ReviewStage to;
    private final Set<Role> roles;
    private final boolean needsReason;

    ReviewAction(String label, Set<ReviewStage> from, ReviewStage to, Set<Role> roles, boolean needsReason) {
        this.label = label;
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.needsReason = needsReason;
    }

    public String label() {
        return label;
    }

    public boolean needsReason() {
        return needsReason;
    }

    boolean allowedFrom(ReviewStage stage) {
        return from.contains(stage);
    }

    boolean allowedFor(Role role) {
        return roles.contains(role);
    }

    /** The stage the action leads to from {@code stage}. */
    ReviewStage target(ReviewStage stage) {
        if (this != RETURN) {
            return to;
        }
        return switch (stage) {
            case SUBMITTED -> ReviewStage.DRAFT;
            case REVIEWED, APPROVED -> ReviewStage.SUBMITTED;
            default -> throw new IllegalArgumentException(stage.name());
        };
    }
}
