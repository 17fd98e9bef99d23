package org.jiceng.assessment.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.PersonFlagKind;

/** What the county fills in to open a call: quotas per township id, deadlines, 公示 days, ineligible flag kinds. */
public record CommendationForm(String title, Integer year, LocalDate submitDue, LocalDate reviewDue,
                               LocalDate approveDue, Integer publicityDays, Map<Long, Integer> quotas,
                               List<PersonFlagKind> ineligibleFlags) {
}
