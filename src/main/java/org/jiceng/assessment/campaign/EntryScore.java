package org.jiceng.assessment.campaign;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What was entered for one indicator of one entry: the branch's own value and note, the reviewer's value and the
 * reason for changing it, each with who and when. The reviewer's value, once given, is the one scored.
 */
public record EntryScore(String code, BigDecimal selfValue, String selfNote, String selfBy, LocalDateTime selfAt,
                         BigDecimal reviewValue, String reviewReason, String reviewBy, LocalDateTime reviewAt) {

    public BigDecimal value() {
        return reviewValue != null ? reviewValue : selfValue;
    }

    public boolean changedByReviewer() {
        return reviewValue != null && (selfValue == null || reviewValue.compareTo(selfValue) != 0);
    }
}
