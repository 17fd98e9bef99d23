package org.jiceng.incentive.care;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Closing a case once the hardship is over (脱困、去世、转出 …), from the version the officer saw. */
public record CloseForm(@NotNull(message = "请填写结案日期") LocalDate closedOn,
                        @NotBlank(message = "请写明结案原因") @Size(max = 300, message = "不超过300字") String reason,
                        Long version) {
}
