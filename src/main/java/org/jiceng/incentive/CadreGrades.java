package org.jiceng.incentive;

import java.util.Optional;

/**
 * A village cadre's annual assessment grade (村干部年度考核等次: 优秀, 称职 …, the names of the county's pay standard for
 * that year), which performance pay follows (research §2.13, "pay linkage"): the final result of the year's cadre
 * assessment campaign, or where there was none the grade a township officer recorded. No scope check: a rule lookup.
 */
public interface CadreGrades {

    /** The grade the person was given for the year, if one is recorded. */
    Optional<String> gradeOf(long personId, int year);
}
