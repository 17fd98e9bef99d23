package org.jiceng.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A transfer of a member to another branch: where to, when, why, and the record version the user saw. */
public record TransferForm(
        @NotNull(message = "请选择转入党支部") Long toOrgId,
        @NotNull(message = "请填写转接日期") @PastOrPresent(message = "转接日期不能晚于今天") LocalDate transferredOn,
        @NotBlank(message = "请填写转接原因") @Size(max = 200, message = "转接原因不能超过200个字") String reason,
        Long version) {
}
