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
 * <p>
 * By construction, the security administrator alone never gives anyone access: an account they create, move into
 * another role, org or person, or whose password they reset waits for a second person of another role — a 县委组织部干部
 * whose org covers the account's (register accounts), or the 系统管理员 (administrator accounts) — and cannot sign in
 * until confirmed; the one-time password is shown to that confirming person, to hand over, never to the security
 * administrator. The auditor's role is never changed (so no auditor becomes a security administrator, or the reverse).
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
        } else if (current.role() == Role.AUDITOR && newRole != Role.AUDITOR) {
            errors.add(new FieldError("role", "三员分立：安全审计员账户的角色不能修改（审计员不能成为安全管理员）"));
        } else if (current.role().isAdministrator() != newRole.isAdministrator()) {
            errors.add(new FieldError("role", "三员分立：管理员账户与业务账户不能互相转换，请另建账户"));
        }
        return errors;
    }

    /** Whether an edit gives the account other access (role, org or person), so it waits for confirmation again. */
    static boolean changesAccess(Account current, Role newRole, long newOrg, Long newPerson) {
        return current.role() != newRole || current.orgId() != newOrg
                || !java.util.Objects.equals(current.personId(), newPerson);
    }

    /** Who confirms an account of this role: 县委组织部干部 over its org for register roles, else the 系统管理员. */
    static Role confirmer(Role role) {
        return role.isAdministrator() ? Role.SYSTEM_ADMIN : Role.COUNTY_OFFICER;
    }

    /**
     * Whether {@code actor} may confirm the pending account: of the confirming role, not the account itself, and —
     * for a register account — a county officer whose subtree holds the account's org ({@code covers}).
     */
    static boolean mayConfirm(org.jiceng.shared.Actor actor, Role accountRole, long accountId, boolean covers) {
        return actor.accountId() != accountId && actor.role() == confirmer(accountRole)
                && (accountRole.isAdministrator() || covers);
    }

    /** Whether the actor may disable this account: never their own. */
    static boolean mayDisable(Account account, long actorId) {
        return account.id() != actorId;
    }
}
