package org.jiceng.incentive.care;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A support given: date, kind (SUPPORT_KIND), amount in yuan (0 for goods only), fund (SUPPORT_FUND), goods, visitor. */
public record SupportForm(@NotNull(message = "请填写帮扶日期") LocalDate givenOn,
                          @NotBlank(message = "请选择帮扶方式") String kind,
                          @NotNull(message = "请填写金额（只发物资的填0）") BigDecimal amount,
                          @NotBlank(message = "请选择资金来源") String fundSource,
                          @Size(max = 200, message = "不超过200字") String goods,
                          @Size(max = 100, message = "不超过100字") String visitor,
                          @Size(max = 300, message = "不超过300字") String note) {
}
