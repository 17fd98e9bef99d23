package org.jiceng.organization;

import java.time.LocalDate;

/**
 * A reserve cadre (后备干部) of a village: a member or villager marked since a date as a candidate for a post
 * ({@code targetPost}, free text such as 村党组织书记). Deactivated entries stay on record with {@code active} false.
 */
public record ReserveCadre(long id, long orgId, long personId, String personName, boolean member, LocalDate since,
                           String targetPost, String note, boolean active, long version) {
}
