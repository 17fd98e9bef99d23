package org.jiceng.incentive.pay.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Reversing a ledger entry: the reason is required and kept with the reversal. */
public record ReversalForm(
        @NotBlank(message = "请填写冲销原因") @Size(max = 200, message = "冲销原因不超过200字") String reason) {
}
