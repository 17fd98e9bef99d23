package org.jiceng.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The signed-in user's own password change: the current password, and the new one typed twice. */
public record PasswordForm(@NotBlank(message = "请输入当前密码") @Size(max = 100) String oldPassword,
                           @NotBlank(message = "请输入新密码") @Size(max = 100, message = "密码不能超过100位") String newPassword,
                           @NotBlank(message = "请再次输入新密码") @Size(max = 100) String confirmPassword) {

    static PasswordForm blank() {
        return new PasswordForm(null, null, null);
    }
}
