package org.jiceng.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jiceng.shared.Role;

/**
 * An account as the security administrator creates or edits it. The username is fixed once created; {@code accountOrg}
 * is the org whose subtree the account sees, {@code memberId} the person record a 党员 (or a secretary) account belongs
 * to. (Named apart from the register's {@code orgId}/{@code personId}, which the data-scope guard checks against the
 * register — a scope the security administrator does not have.)
 */
public record AccountForm(@Pattern(regexp = "[a-z0-9_.-]{3,50}", message = "用户名为3–50位小写字母、数字或 _ . -") String username,
                          @NotBlank(message = "请填写姓名或名称") @Size(max = 50, message = "不超过50个字") String displayName,
                          @NotNull(message = "请选择角色") Role role,
                          @NotNull(message = "请选择所属组织") Long accountOrg,
                          Long memberId,
                          Long version) {

    static AccountForm blank() {
        return new AccountForm(null, null, null, null, null, null);
    }

    static AccountForm of(Account a) {
        return new AccountForm(a.username(), a.displayName(), a.role(), a.orgId(), a.personId(), a.version());
    }
}
