package org.jiceng.incentive.pay.grade;

import java.time.LocalDateTime;

/** A grade on record: who graded whom, for which year, from which source (MANUAL: entered by the township). */
public record CadreGrade(long id, long personId, int year, String grade, long villageId, String source,
                         String recordedBy, LocalDateTime recordedAt, long version) {
}
