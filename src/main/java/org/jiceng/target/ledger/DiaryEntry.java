package org.jiceng.target.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A ledger diary entry (台账日记) of an org: what was done on a day, its quantities, witness and evidence files. */
public record DiaryEntry(long id, long orgId, String orgName, int year, LocalDate date, String category,
                         String categoryLabel, String content, String witness, Long taskId, String taskTitle,
                         String recordedBy, LocalDateTime recordedAt, long version, List<Line> quantities,
                         List<DiaryFile> files) {

    /** One quantity line: an amount in a unit of LEDGER_UNIT. */
    public record Line(BigDecimal quantity, String unit, String unitLabel) {
    }

    public String label() {
        return orgName + " " + date + " " + categoryLabel;
    }

    DiaryEntry withFiles(List<DiaryFile> files) {
        return new DiaryEntry(id, orgId, orgName, year, date, category, categoryLabel, content, witness, taskId,
                taskTitle, recordedBy, recordedAt, version, quantities, files);
    }

    DiaryEntry withQuantities(List<Line> lines) {
        return new DiaryEntry(id, orgId, orgName, year, date, category, categoryLabel, content, witness, taskId,
                taskTitle, recordedBy, recordedAt, version, lines, files);
    }
}
