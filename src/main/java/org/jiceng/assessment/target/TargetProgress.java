package org.jiceng.assessment.target;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a target stands now: the campaign it is judged by (none yet when the county has not opened one), how many of
 * the township's villages are graded, how many reach the grade, the current figure (a share in % or a count) and
 * whether it is met; {@code settled} when every village's result is final.
 */
public record TargetProgress(Target target, Long campaignId, String campaignName, int villages, int graded,
                             int reached, BigDecimal current, boolean met, boolean settled, List<String> reachedNames,
                             List<String> missingNames) {
}
