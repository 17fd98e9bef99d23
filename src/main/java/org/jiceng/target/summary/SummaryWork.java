package org.jiceng.target.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.ScopedSql;
import org.jiceng.review.DeskTask;
import org.jiceng.review.ReviewDesk;
import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Role;
import org.jiceng.shared.Scope;
import org.jiceng.shared.work.WorkItem;
import org.jiceng.shared.work.WorkSource;
import org.springframework.stereotype.Component;

/**
 * Summaries at a desk: an org's own summaries of periods that have ended and are not yet submitted (or came back),
 * a township's or the county's summaries to review with points, the county's to approve.
 */
@Component
class SummaryWork implements WorkSource {

    private static final String PROJECT = "工作总结";

    private final SummaryRepository repository;
    private final ReviewDesk desk;
    private final ReviewService review;
    private final OrgTree tree;

    SummaryWork(SummaryRepository repository, ReviewDesk desk, ReviewService review, OrgTree tree) {
        this.repository = repository;
        this.desk = desk;
        this.review = review;
        this.tree = tree;
    }

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        if (actor.role() != Role.COUNTY_OFFICER && actor.role() != Role.TOWNSHIP_OFFICER
                && actor.role() != Role.BRANCH_SECRETARY) {
            return List.of();
        }
        List<WorkItem> work = new ArrayList<>(own(actor, today));
        List<DeskTask> tasks = desk.waitingAt(actor.orgId(), today).stream()
                .filter(task -> SummaryService.KIND.equals(task.processKind())).toList();
        // The items of every period waiting for the county's decision, read in one statement.
        Map<Long, ReviewItem> toApprove = review.itemsById(tasks.stream()
                .filter(task -> task.kind() == DeskTask.Kind.APPROVE).flatMap(task -> task.itemIds().stream()).toList());
        for (DeskTask task : tasks) {
            if (task.kind() == DeskTask.Kind.REVIEW) {
                work.add(WorkItem.of(PROJECT, "审核评分：" + task.title(), task.count() + "份总结待审核", "/summaries",
                        null, today));
            } else if (task.kind() == DeskTask.Kind.APPROVE) {
                long waiting = task.itemIds().stream().map(toApprove::get)
                        .filter(i -> i != null && i.stage() == ReviewStage.REVIEWED).count();
                if (waiting > 0) {
                    work.add(WorkItem.of(PROJECT, "审定总结：" + task.title(), waiting + "份总结待县级审定", "/summaries",
                            null, today));
                }
            }
        }
        return work;
    }

    /** The actor's own org: periods ended by today that it owes and has not submitted (drafts and returns too). */
    private List<WorkItem> own(Actor actor, LocalDate today) {
        OrgSummary org = tree.find(actor.orgId()).orElse(null);
        if (org == null) {
            return List.of();
        }
        List<WorkItem> work = new ArrayList<>();
        Map<Long, PeriodicSummary> mine = repository.summariesOf(org.id(), today.getYear())
                .stream().collect(Collectors.toMap(PeriodicSummary::periodId, s -> s));
        Map<Long, ReviewItem> items = review.itemsById(mine.values().stream().map(PeriodicSummary::itemId).toList());
        for (SummaryPeriod period : repository.periods(ScopedSql.ownedAbove(Scope.subtree(org.id()),
                "p.owner_org_id"), today.getYear())) {
            boolean owes = SummaryRules.owes(period, org.type().isVillageLevel(),
                    org.type() == OrgType.TOWNSHIP, period.ownerOrgId() != org.id());
            if (!owes || period.periodEnd().isAfter(today)) {
                continue;
            }
            PeriodicSummary s = mine.get(period.id());
            ReviewItem item = s == null ? null : items.get(s.itemId());
            if (item == null || item.stage() == ReviewStage.DRAFT) {
                boolean returned = item != null && item.returnedReason() != null;
                work.add(WorkItem.of(PROJECT, (returned ? "修改退回的总结：" : "报送总结：") + period.label(),
                        returned ? "退回原因：" + item.returnedReason() : null,
                        s == null ? "/summary-periods/" + period.id() + "/write?org=" + org.id() : "/summaries/" + s.id(),
                        period.submitDue(), today));
            }
        }
        return work;
    }
}
