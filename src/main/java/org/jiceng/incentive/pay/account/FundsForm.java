package org.jiceng.incentive.pay.account;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Money into a village's account: when, how much, from where (资金来源) and the document it rests on (文号). */
public record FundsForm(
        @NotNull(message = "请填写到账日期") LocalDate date,
        @NotNull(message = "请填写金额") @Digits(integer = 12, fraction = 2, message = "金额只能精确到分（最多两位小数）")
        BigDecimal amount,
        @NotBlank(message = "请填写资金来源") @Size(max = 100, message = "资金来源不超过100字") String source,
        @NotBlank(message = "请填写文号或凭证号") @Size(max = 60, message = "文号不超过60字") String documentNo,
        @Size(max = 200, message = "备注不超过200字") String note) {
}
