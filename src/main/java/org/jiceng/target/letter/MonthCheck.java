package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** 月度考核: the township's score (out of 100) for a village's signed letter in one month of its year. */
public record MonthCheck(long copyId, int month, BigDecimal score, String note, String recordedBy,
                         LocalDateTime recordedAt, long version) {
}
