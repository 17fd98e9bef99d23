package org.jiceng.access;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.Actor;
import org.jiceng.shared.Role;
import org.jiceng.shared.work.WorkItem;
import org.jiceng.shared.work.WorkSource;
import org.springframework.stereotype.Component;

/** Tells a county officer or the system administrator that accounts wait for their confirmation. */
@Component
class AccountConfirmationWork implements WorkSource {

    private final AccountConfirmations confirmations;

    AccountConfirmationWork(AccountConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        if (actor.role() != Role.COUNTY_OFFICER && actor.role() != Role.SYSTEM_ADMIN) {
            return List.of();
        }
        int count = confirmations.waiting().size();
        return count == 0 ? List.of() : List.of(WorkItem.of("组织与队伍", "确认账户：" + count + " 个账户待确认",
                "安全管理员提出的新建、变更或重置密码，确认后方可登录", "/account-confirmations", null, today));
    }

    /** Accounts are written by the security administrator, not by records of a county: asked on every view. */
    @Override
    public boolean followsOrgRecords() {
        return false;
    }
}
