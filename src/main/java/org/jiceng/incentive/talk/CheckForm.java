package org.jiceng.incentive.talk;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The follow-up check of a talk (回访): when it was made and what was found, from the version the officer saw. */
public record CheckForm(@NotNull(message = "请填写回访日期") LocalDate checkedOn,
                        @NotBlank(message = "请填写整改落实情况") @Size(max = 1000, message = "不超过1000字") String result,
                        Long version) {
}
