package org.jiceng.target.demonstration;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A village named a demonstration village of a kind for a year, by the org above it that named it. */
public record Designation(long id, long villageId, String villageName, long namedByOrgId, String namedByName, int year,
                          String kind, String kindLabel, LocalDate namedOn, String note, String createdBy,
                          LocalDateTime createdAt, long version) {

    public String label() {
        return villageName + "（" + year + "年" + kindLabel + "）";
    }
}
