package org.jiceng.organization.mobility;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One registration of a mobile member (流动党员登记): going out ({@code OUT}, 外出: where to, the receiving Party
 * organization there) or coming in ({@code IN}, 流入: from where, the member's original organization), since when,
 * why, how to reach them, and the return that closes it.
 */
public record Mobility(long id, long personId, String personName, long orgId, String orgName, String direction,
                       String place, String otherOrg, LocalDate leftOn, String reason, String contact,
                       LocalDate returnedOn, String returnNote, String recordedBy, LocalDateTime recordedAt,
                       long version) {

    public boolean open() {
        return returnedOn == null;
    }

    public String directionLabel() {
        return MobilityForm.OUT.equals(direction) ? "外出" : "流入";
    }
}
