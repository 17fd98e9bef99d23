package org.jiceng.training.print;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.OrgSummary;
import org.jiceng.shared.pdf.PdfDocument;
import org.jiceng.training.meeting.Compliance;
import org.jiceng.training.meeting.Meeting;
import org.jiceng.training.plan.QuarterFigures;
import org.jiceng.training.plan.TrainingDashboard;
import org.jiceng.training.session.TrainingSession;

/** The printed registers of 素质提升: a branch's 三会一课记录簿 and a township's 培训登记簿 for a year. */
final class TrainingPdfs {

    private TrainingPdfs() {
    }

    /** 三会一课记录簿: compliance per branch (periods met, what was missed), then every meeting with its details. */
    static byte[] meetingRegister(OrgSummary org, int year, List<Compliance> compliance, List<Meeting> meetings,
                                  Clock clock) {
        List<List<String>> summary = new ArrayList<>();
        for (Compliance c : compliance) {
            summary.add(List.of(c.orgName(), c.periodsMet() + " / " + c.periodsDue(), c.percentMet() + "%",
                    c.missedText()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Meeting m : meetings) {
            rows.add(List.of(m.orgName(), m.typeLabel(), String.valueOf(m.heldOn()),
                    m.plannedOn() == null ? "" : String.valueOf(m.plannedOn()), m.topic(),
                    (m.chair() == null ? "—" : m.chair()) + " / " + (m.recorder() == null ? "—" : m.recorder()),
                    m.expected() + "/" + m.present() + "/" + m.absent(),
                    (m.absences() == null ? "" : "缺席：" + m.absences() + "\n") + (m.decisions() == null ? "" : m.decisions()),
                    m.status().label()));
        }
        return PdfDocument.landscape(org.shortName() + " " + year + "年 三会一课记录簿", clock)
                .subtitle(org.name() + " · 共 " + meetings.size() + " 次会议")
                .heading("落实情况（按县定频次）")
                .table(new float[] {3, 2, 1.5f, 10}, List.of("党组织", "达标期数", "达标率", "未按要求召开"), summary, 1, 2)
                .heading("会议记录")
                .table(new float[] {2.2f, 2.2f, 2.2f, 2.2f, 4.5f, 2.6f, 2, 7, 1.8f},
                        List.of("党组织", "类型", "召开日期", "计划日期", "主题", "主持/记录", "应到/实到/缺席", "缺席原因及决定事项", "审核"),
                        rows, 6)
                .finish();
    }

    /** 培训登记簿: the plan against what was held, totals by category, then every session. */
    static byte[] trainingRegister(OrgSummary org, int year, TrainingDashboard dashboard, List<TrainingSession> sessions,
                                   Clock clock) {
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        Map<String, BigDecimal> hoursByCategory = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (TrainingSession s : sessions) {
            int[] c = byCategory.computeIfAbsent(s.categoryLabel(), k -> new int[2]);
            c[0]++;
            c[1] += s.headcount();
            hoursByCategory.merge(s.categoryLabel(), s.hours(), BigDecimal::add);
            rows.add(List.of(s.startDate().equals(s.endDate()) ? String.valueOf(s.startDate()) : s.startDate() + "至" + s.endDate(),
                    s.orgName(), s.topic(), s.categoryLabel(), s.modeLabel(), nz(s.organizer()) + " / " + nz(s.instructor()),
                    nz(s.venue()), s.hours().stripTrailingZeros().toPlainString(),
                    String.valueOf(s.attended()), String.valueOf(s.unnamedVillagers()), String.valueOf(s.headcount())));
        }
        List<List<String>> plan = new ArrayList<>();
        for (QuarterFigures q : dashboard.quarters()) {
            plan.add(List.of("第" + q.quarter() + "季度", String.valueOf(q.plannedSessions()), String.valueOf(q.heldSessions()),
                    String.valueOf(q.plannedHeadcount()), String.valueOf(q.headcount())));
        }
        plan.add(List.of("全年", String.valueOf(dashboard.plannedSessions()), String.valueOf(dashboard.heldSessions()),
                String.valueOf(dashboard.plannedHeadcount()), String.valueOf(dashboard.headcount())));
        List<List<String>> categories = new ArrayList<>();
        byCategory.forEach((category, c) -> categories.add(List.of(category, String.valueOf(c[0]),
                hoursByCategory.get(category).stripTrailingZeros().toPlainString(), String.valueOf(c[1]))));
        return PdfDocument.landscape(org.shortName() + " " + year + "年 培训登记簿", clock)
                .subtitle(org.name() + " · 共 " + sessions.size() + " 期培训")
                .heading("计划与完成")
                .table(new float[] {2, 2, 2, 2, 2}, List.of("季度", "计划期数", "已办期数", "计划人次", "参训人次"), plan, 1, 2, 3, 4)
                .heading("按类别")
                .table(new float[] {3, 2, 2, 2}, List.of("类别", "期数", "学时合计", "参训人次"), categories, 1, 2, 3)
                .heading("培训记录")
                .table(new float[] {2.6f, 1.8f, 5, 1.8f, 1.8f, 3.2f, 2.5f, 1.2f, 1.4f, 1.4f, 1.4f},
                        List.of("日期", "举办单位", "主题", "类别", "方式", "主办/授课", "地点", "学时", "登记人员", "未具名群众", "人次"),
                        rows, 7, 8, 9, 10)
                .finish();
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
