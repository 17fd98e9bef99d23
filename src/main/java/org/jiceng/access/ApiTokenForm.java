package org.jiceng.access;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new personal access token: what it is for, until when it works (at most a year), and whether it may only read. */
public record ApiTokenForm(@NotBlank(message = "请填写令牌用途") @Size(max = 60, message = "用途不能超过60个字") String name,
                           @NotNull(message = "请选择到期日期") LocalDate expiresOn,
                           boolean readOnly) {

    static ApiTokenForm blank() {
        return new ApiTokenForm(null, LocalDate.now().plusDays(90), true);
    }
}
