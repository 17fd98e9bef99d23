package org.jiceng.training.reading;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A required reading (规定篇目) of a county for one year: who must read it ({@link #audience}: {@code ALL} members, or
 * {@code CADRES} — branch secretaries and committee members only) and the hours a study of it credits; its text by
 * a link, an uploaded document ({@link #documentName}, null when none) or both.
 */
public record Reading(long id, long orgId, String orgName, int year, String title, String issuer, String category,
                      String categoryLabel, String audience, BigDecimal hours, LocalDate dueDate, String link,
                      String documentName, long version) {

    static final String ALL = "ALL";
    static final String CADRES = "CADRES";

    public boolean cadresOnly() {
        return CADRES.equals(audience);
    }

    public String audienceLabel() {
        return cadresOnly() ? "支部书记和委员" : "全体党员";
    }

    String label() {
        return year + "年规定篇目：" + title;
    }
}
