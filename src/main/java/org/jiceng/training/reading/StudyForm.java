package org.jiceng.training.reading;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A study of a required reading: who studied it (a member recording their own study leaves {@code personIds} empty;
 * a secretary picks members, or names a branch in {@code orgId} for "the whole branch studied it at the meeting"),
 * the day, the hours (empty: the reading's hours) and the 心得 note.
 */
public record StudyForm(@NotNull(message = "请选择规定篇目") Long readingId,
                        @Size(max = 2000, message = "一次最多2000人") List<Long> personIds,
                        Long orgId,
                        @NotNull(message = "请填写学习日期") LocalDate studiedOn,
                        BigDecimal hours,
                        @Size(max = 1000, message = "心得不超过1000字") String note) {

    public List<Long> people() {
        return personIds == null ? List.of() : personIds;
    }
}
