package org.jiceng.organization;

import java.time.LocalDateTime;

/** An honour on a person's record: its title, year, the org that awarded it and the call it came from, if any. */
public record PersonHonour(long id, long personId, String title, int year, long awardedByOrgId, String awardedByName,
                           Long sourceCallId, String awardedBy, LocalDateTime awardedAt) {
}
