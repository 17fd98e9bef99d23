package org.jiceng.assessment.commendation;

import java.util.List;
import java.util.Map;

import org.jiceng.organization.PersonFlagKind;

/**
 * A 评选 (e.g. 优秀共产党员标兵) opened by a county for a year: its review process, per-township quotas and the person
 * flags that make a member ineligible.
 */
public record CommendationCall(long id, long ownerOrgId, String ownerName, int year, String title, long processId,
                               List<PersonFlagKind> ineligibleFlags, Map<Long, Integer> quotas, long version) {

    public String ineligibleLabels() {
        return String.join("、", ineligibleFlags.stream().map(PersonFlagKind::label).toList());
    }
}
