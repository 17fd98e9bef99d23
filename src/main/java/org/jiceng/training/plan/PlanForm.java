package org.jiceng.training.plan;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A whole year's plan of an org, replaced at once; {@code token} names the plan the officer started from. */
public record PlanForm(@NotNull(message = "请填写计划") List<@Valid PlanItem> items, String token) {
}
