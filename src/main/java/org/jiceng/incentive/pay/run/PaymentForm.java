package org.jiceng.incentive.pay.run;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jiceng.incentive.pay.account.PayMethod;

/** A payment the finance officer records against a pay line: how much, when and how (一折通, 现金, 转账). */
public record PaymentForm(
        @NotNull(message = "请填写实发金额") @Digits(integer = 12, fraction = 2, message = "金额只能精确到分（最多两位小数）")
        BigDecimal amount,
        @NotNull(message = "请填写发放日期") LocalDate date,
        @NotNull(message = "请选择发放方式") PayMethod method,
        @Size(max = 200, message = "备注不超过200字") String note) {
}
