package org.jiceng.review;

import java.time.LocalDate;
import java.util.Optional;

import org.jiceng.shared.Role;

/**
 * The rules of the chain, without storage: whether an actor of a role may take an action on an item now, and why not.
 * A township officer returns only from the township's desk (待乡镇审核); the county returns from its own. An item in
 * 公示 becomes final only after its 公示 period has ended with no open objection.
 */
public final class ReviewChain {

    private ReviewChain() {
    }

    /** Why the action is refused, in Chinese; empty when it may be taken. */
    public static Optional<String> refusal(ReviewAction action, ReviewStage stage, Role role, String reason,
                                           LocalDate publicityUntil, int openObjections, LocalDate today) {
        return refusal(action, stage, role, false, reason, publicityUntil, openObjections, today);
    }

    /**
     * As above; {@code runsProcess}: the actor is an officer of the org that runs the process. A township that runs
     * its own process (its year-end target assessment of its villages) takes the steps the county takes in the
     * county's: 审定, 公示, 异议 and 确定结果.
     */
    public static Optional<String> refusal(ReviewAction action, ReviewStage stage, Role role, boolean runsProcess,
                                           String reason, LocalDate publicityUntil, int openObjections,
                                           LocalDate today) {
        boolean ownersStep = runsProcess && role == Role.TOWNSHIP_OFFICER && action.allowedFor(Role.COUNTY_OFFICER);
        if (!action.allowedFor(role) && !ownersStep) {
            return Optional.of(role.label() + "不能" + action.label());
        }
        if (!action.allowedFrom(stage)) {
            return Optional.of("当前环节为“" + stage.label() + "”，不能" + action.label());
        }
        if (action == ReviewAction.RETURN && role == Role.TOWNSHIP_OFFICER && stage != ReviewStage.SUBMITTED) {
            return Optional.of("已报县级审定，乡镇不能退回");
        }
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            return Optional.of(action.label() + "须写明原因");
        }
        if (action == ReviewAction.FINALIZE) {
            if (publicityUntil != null && !today.isAfter(publicityUntil)) {
                return Optional.of("公示期至" + publicityUntil + "，期满后才能确定结果");
            }
            if (openObjections > 0) {
                return Optional.of("有" + openObjections + "件异议尚未处理");
            }
        }
        return Optional.empty();
    }

    /** The last day of a 公示 of {@code days} days starting {@code from} (the first day counts). */
    public static LocalDate publicityUntil(LocalDate from, int days) {
        return from.plusDays(Math.max(1, days) - 1L);
    }

    /** Whether an objection may be lodged on {@code today}. */
    public static boolean objectionsOpen(ReviewStage stage, LocalDate from, LocalDate until, LocalDate today) {
        return stage == ReviewStage.PUBLICIZING && from != null && until != null
                && !today.isBefore(from) && !today.isAfter(until);
    }
}
