package org.jiceng.documents.register;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jiceng.documents.DocumentRef;

/**
 * A document of the register (文件/制度): issued by an org (县委, 乡镇党委) under a number (文号) in a year, of a
 * kind, with a summary and its text as uploaded ({@link #fileName}, null when none).
 */
public record BasisDocument(long id, long orgId, String orgName, String number, int year, String title, String kind,
                            String kindLabel, LocalDate issuedOn, String summary, String fileName, Long sizeBytes,
                            long version, String createdBy, LocalDateTime createdAt, LocalDateTime updatedAt) {

    /** 《title》（number）. */
    public String display() {
        return ref().display();
    }

    public DocumentRef ref() {
        return new DocumentRef(id, number, title, kindLabel, issuedOn, orgName);
    }

    /** The text's size for people: 12 KB, 1.2 MB. */
    public String sizeLabel() {
        if (sizeBytes == null) {
            return "";
        }
        return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
                : String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0);
    }

    /** What the audit log shows of the document, in the words of the form. */
    java.util.Map<String, Object> auditValues() {
        var values = new java.util.LinkedHashMap<String, Object>();
        values.put("文号", number);
        values.put("标题", title);
        values.put("文种", kindLabel);
        values.put("发文日期", issuedOn);
        values.put("摘要", summary);
        values.put("原文", fileName);
        return values;
    }

    String label() {
        return orgName + display();
    }
}
