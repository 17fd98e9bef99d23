package org.jiceng.target.summary;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A period as the county or township sets it for a year. */
public record PeriodForm(@NotNull(message = "请填写年度") Integer year,
                         @NotNull(message = "请选择总结类别") SummaryKind kind,
                         @NotBlank(message = "请填写名称") @Size(max = 100, message = "不超过100字") String title,
                         @NotNull(message = "请填写总结截至日期") LocalDate periodEnd,
                         @NotNull(message = "请填写报送截止日期") LocalDate submitDue,
                         @NotNull(message = "请填写满分") BigDecimal maxPoints,
                         @NotNull(message = "请选择报送单位") Submitters submitters) {
}
