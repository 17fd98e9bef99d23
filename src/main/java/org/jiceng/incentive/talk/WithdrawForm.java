package org.jiceng.incentive.talk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Withdrawing a talk recorded by mistake: the reason, from the version the officer saw. */
public record WithdrawForm(@NotBlank(message = "请写明撤销原因") @Size(max = 300, message = "不超过300字") String reason,
                           Long version) {
}
