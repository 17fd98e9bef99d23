package org.jiceng.incentive.pay.account;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Opening (or correcting the details of) a village's dedicated account; the village is fixed once opened. */
public record PayAccountForm(
        @NotNull(message = "请选择村") Long villageId,
        @NotBlank(message = "请填写账户名称") @Size(max = 100, message = "账户名称不超过100字") String accountName,
        @Size(max = 100, message = "开户银行不超过100字") String bank,
        @Size(max = 40, message = "账号不超过40字") String accountNo,
        @NotNull(message = "请填写村户籍人口") @Min(value = 0, message = "人口不能为负数")
        @Max(value = 1000000, message = "人口超出范围") Integer population,
        @NotNull(message = "请填写开户日期") LocalDate openedOn,
        Long version) {
}
