package org.jiceng.target.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.Actor;
import org.jiceng.shared.Role;
import org.jiceng.shared.work.WorkItem;
import org.jiceng.shared.work.WorkSource;
import org.springframework.stereotype.Component;

/**
 * 督查督办 at a desk: the lead unit's items to report back on (and those returned to it), the registering org's
 * reports to review and extension requests to decide, and its overdue items (one line, linked to the overdue list).
 */
@Component
class SupervisionWork implements WorkSource {

    private static final String PROJECT = "督查督办";

    private final SupervisionRepository repository;

    SupervisionWork(SupervisionRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        if (actor.role() != Role.COUNTY_OFFICER && actor.role() != Role.TOWNSHIP_OFFICER
                && actor.role() != Role.BRANCH_SECRETARY) {
            return List.of();
        }
        List<WorkItem> work = new ArrayList<>();
        int overdue = 0;
        LocalDate earliest = null;
        for (SupervisionItem i : repository.openAt(actor.orgId())) {
            String href = "/supervision/" + i.id();
            if (i.leadOrgId() == actor.orgId()) {
                if (i.status() == SupervisionStatus.ASSIGNED) {
                    work.add(WorkItem.of(PROJECT, "反馈督办事项：" + i.title(), i.number() + "，" + i.orgName() + "交办",
                            href, i.deadline(), today));
                } else if (i.status() == SupervisionStatus.RETURNED) {
                    work.add(WorkItem.of(PROJECT, "重办退回的督办事项：" + i.title(), "退回原因：" + i.returnedReason(),
                            href, i.deadline(), today));
                }
            }
            if (i.orgId() == actor.orgId()) {
                if (i.status() == SupervisionStatus.REPORTED) {
                    work.add(WorkItem.of(PROJECT, "审结督办反馈：" + i.title(), i.leadName() + "已反馈办理情况", href,
                            null, today));
                }
                if (i.extensionPending()) {
                    work.add(WorkItem.of(PROJECT, "审批延期申请：" + i.title(),
                            i.leadName() + "申请延期至" + i.extensionUntil(), href, i.deadline(), today));
                }
                if (i.overdueOn(today)) {
                    overdue++;
                    earliest = earliest == null || i.deadline().isBefore(earliest) ? i.deadline() : earliest;
                }
            }
        }
        if (overdue > 0) {
            work.add(WorkItem.of(PROJECT, "逾期未办结的督办事项", overdue + "件已过办理时限仍未办结",
                    "/supervision?overdue=true&year=" + today.getYear(), earliest, today));
        }
        return work;
    }
}
