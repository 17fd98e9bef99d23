package org.jiceng.access;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * Rules of account administration (三员分立, 等保 2.0 安全管理中心): the system, security and audit administrators
 * are separate accounts, and an administrator account never becomes a register account or the reverse — a person
 * who needs both holds two accounts. A 党员 account belongs to a member's record; administrators have none. The
 * security administrator cannot change their own role nor disable themselves, so an installation never loses its
 * last way in by one mistaken click.
 */
final class AccountRules {

    private AccountRules() {
    }

    /** Problems with a role and its person link, for a new or an edited account. */
    static List<FieldError> checkRole(Role role, Long personId) {
        List<FieldError> errors = new ArrayList<>();
        if (role == Role.MEMBER && personId == null) {
            errors.add(new FieldError("memberId", "党员账户须填写本人的人员编号"));
        }
        if (personId != null && role != Role.MEMBER && role != Role.BRANCH_SECRETARY) {
            errors.add(new FieldError("memberId", role.label() + "账户不关联人员档案，请清空人员编号"));
        }
        return errors;
    }

    /** Problems with changing an existing account from {@code current} to {@code newRole}, done by {@code actorId}. */
    static List<FieldError> checkChange(Account current, Role newRole, long actorId) {
        List<FieldError> errors = new ArrayList<>();
        if (current.id() == actorId && current.role() != newRole) {
            errors.add(new FieldError("role", "不能修改自己的角色"));
        } else if (current.role().isAdministrator() != newRole.isAdministrator()) {
            errors.add(new FieldError("role", "三员分立：管理员账户与业务账户不能互相转换，请另建账户"));
        }
        return errors;
    }

    /** Whether the actor may disable this account: never their own. */
    static boolean mayDisable(Account account, long actorId) {
        return account.id() != actorId;
    }
}
