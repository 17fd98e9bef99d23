package org.jiceng.incentive.pay.grade;

/**
 * A paid village cadre of a township's year as the grade sheet lists them, with the grade on record (null: none)
 * and the version of that record.
 */
public record GradeRow(long villageId, String villageName, long personId, String personName, String postLabel,
                       String grade, Long version) {
}
