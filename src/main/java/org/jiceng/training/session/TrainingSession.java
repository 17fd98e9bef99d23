package org.jiceng.training.session;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A training session (培训) as recorded by the org that held it: what, how, when, how many hours it counts, and how
 * many people attended — named people from the register plus villagers counted without names.
 */
public record TrainingSession(long id, long orgId, String orgName, String topic, String category, String categoryLabel,
                              String mode, String modeLabel, String organizer, String instructor, String venue,
                              LocalDate startDate, LocalDate endDate, BigDecimal hours, int unnamedVillagers,
                              String note, long version, int attended, int absent) {

    /** Everybody who was there: named attendees plus the villagers counted without names. */
    public int headcount() {
        return attended + unnamedVillagers;
    }

    public String dates() {
        return startDate.equals(endDate) ? startDate.toString() : startDate + " 至 " + endDate;
    }

    String label() {
        return startDate + " " + topic;
    }
}
