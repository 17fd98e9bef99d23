package org.jiceng.target.summary;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;

/** One step on a summary: the points (review), the reason (return) and the review item's version seen. */
public record SummaryActionForm(SummaryAction action, BigDecimal points,
                                @Size(max = 500, message = "不超过500字") String reason, Long version) {
}
