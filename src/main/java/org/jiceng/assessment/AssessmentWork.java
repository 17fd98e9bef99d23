package org.jiceng.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.review.DeskTask;
import org.jiceng.review.ReviewDesk;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Role;
import org.jiceng.shared.work.WorkItem;
import org.jiceng.shared.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 争先创优 tasks at the user's desk, from the review chain: a village's self-assessments and nominations to fill in
 * (returned ones say so), a township's submissions to review and overdue villages to chase, a county's approvals,
 * objections and finished 公示 — each linked to the campaign's or call's own page.
 */
@Component
class AssessmentWork implements WorkSource {

    private static final String PROJECT = "争先创优";

    private final ReviewDesk desk;
    private final JdbcClient jdbc;

    AssessmentWork(ReviewDesk desk, JdbcClient jdbc) {
        this.desk = desk;
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        if (!actor.role().keepsRegister()) {
            return List.of();
        }
        List<DeskTask> tasks = desk.waitingAt(actor.orgId(), today);
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> campaigns = subjects("SELECT process_id, id FROM assessment_campaigns");
        Map<Long, Long> calls = subjects("SELECT process_id, id FROM commendation_calls");
        List<WorkItem> work = new ArrayList<>();
        for (DeskTask task : tasks) {
            Long campaign = campaigns.get(task.processId());
            Long call = calls.get(task.processId());
            if (campaign != null) {
                work.add(campaignItem(task, campaign, actor, today));
            } else if (call != null) {
                work.add(callItem(task, call, today));
            }
        }
        return work;
    }

    private WorkItem campaignItem(DeskTask task, long campaign, Actor actor, LocalDate today) {
        String page = "/campaigns/" + campaign;
        return switch (task.kind()) {
            case FILL -> WorkItem.of(PROJECT, (task.returned() > 0 ? "修改退回的自评：" : "填写自评：") + task.title(),
                    task.returned() > 0 ? "乡镇已退回，请按意见修改后重新提交" : null,
                    task.count() == 1 ? "/campaign-entries/" + entryOf(task.itemIds().get(0)) : page, task.due(), today);
            case CHASE -> WorkItem.of(PROJECT, "催办自评：" + task.title(), task.count() + "个村已过提交期限仍未提交",
                    page, task.due(), today);
            case REVIEW -> WorkItem.of(PROJECT, "审核自评：" + task.title(), task.count() + "个村已提交，待乡镇审核",
                    page + "/grid" + (actor.role() == Role.TOWNSHIP_OFFICER ? "" : "?org=" + actor.orgId()),
                    task.due(), today);
            case APPROVE -> WorkItem.of(PROJECT, "审定结果：" + task.title(), task.count() + "个评定对象待县级审定或公示",
                    page, task.due(), today);
            case OBJECTIONS -> WorkItem.of(PROJECT, "处理公示异议：" + task.title(), task.count() + "条异议待处理",
                    page, null, today);
            case FINALIZE -> WorkItem.of(PROJECT, "确定结果：" + task.title(), "公示期已满、无异议的" + task.count() + "个对象",
                    page, null, today);
        };
    }

    private WorkItem callItem(DeskTask task, long call, LocalDate today) {
        String page = "/commendations/" + call;
        return switch (task.kind()) {
            case FILL -> WorkItem.of(PROJECT, (task.returned() > 0 ? "修改退回的推荐：" : "提交推荐：") + task.title(),
                    task.count() + "名推荐对象尚未提交",
                    task.count() == 1 ? "/nominations/" + nominationOf(task.itemIds().get(0)) : page, task.due(), today);
            case CHASE -> WorkItem.of(PROJECT, "催办推荐：" + task.title(), task.count() + "份推荐已过期限仍未提交",
                    page, task.due(), today);
            case REVIEW -> WorkItem.of(PROJECT, "审核推荐：" + task.title(), task.count() + "名推荐对象待乡镇审核",
                    page, task.due(), today);
            case APPROVE -> WorkItem.of(PROJECT, "审定推荐：" + task.title(), task.count() + "名推荐对象待县级审定或公示",
                    page, task.due(), today);
            case OBJECTIONS -> WorkItem.of(PROJECT, "处理公示异议：" + task.title(), task.count() + "条异议待处理",
                    page, null, today);
            case FINALIZE -> WorkItem.of(PROJECT, "确定表彰：" + task.title(), "公示期已满、无异议的" + task.count() + "名",
                    page, null, today);
        };
    }

    private Map<Long, Long> subjects(String sql) {
        Map<Long, Long> byProcess = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            byProcess.put(rs.getLong(1), rs.getLong(2));
        });
        return byProcess;
    }

    private long entryOf(long itemId) {
        return jdbc.sql("SELECT id FROM campaign_entries WHERE item_id = ?").param(itemId).query(Long.class).single();
    }

    private long nominationOf(long itemId) {
        return jdbc.sql("SELECT id FROM commendation_nominations WHERE item_id = ?").param(itemId).query(Long.class).single();
    }
}
