package org.jiceng.incentive.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One support given to a case (帮扶记录): year, date, kind (走访慰问, 救助, 物资 …), the exact amount in yuan, the fund
 * it came from, goods given and the visitor. An entry made by mistake is never deleted or edited: a reversal entry
 * with the negative amount and a reason cancels it ({@code reversalOf}); {@code reversedBy} names that reversal.
 */
public record SupportEntry(long id, long caseId, int year, LocalDate givenOn, String kind, String kindLabel,
                           BigDecimal amount, String fundSource, String fundLabel, String goods, String visitor,
                           String note, Long reversalOf, String reversalReason, Long reversedBy, String recordedBy,
                           LocalDateTime recordedAt) {

    public boolean reversal() {
        return reversalOf != null;
    }

    public boolean reversed() {
        return reversedBy != null;
    }

    /** Counts as support given: neither a reversal nor reversed. */
    public boolean effective() {
        return !reversal() && !reversed();
    }
}
