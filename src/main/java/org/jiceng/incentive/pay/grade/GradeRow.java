package org.jiceng.incentive.pay.grade;

/**
 * A paid village cadre of a township's year as the grade sheet lists them, with the grade on record (null: none),
 * the version of that record, and the final grade of the year's cadre assessment when one was run (it is what pay
 * follows, and is not typed again).
 */
public record GradeRow(long villageId, String villageName, long personId, String personName, String postLabel,
                       String grade, Long version, String assessedGrade) {
}
