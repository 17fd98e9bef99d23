package org.jiceng.incentive.care;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Reversing a support entry made by mistake: the reason is required. */
public record ReverseForm(@NotBlank(message = "请写明冲销原因") @Size(max = 300, message = "不超过300字") String reason) {
}
