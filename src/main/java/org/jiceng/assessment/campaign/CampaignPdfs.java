package org.jiceng.assessment.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.engine.ScoreLine;
import org.jiceng.assessment.engine.ScoreSheet;
import org.jiceng.review.ReviewTransition;
import org.jiceng.shared.pdf.PdfDocument;

/** The printable 公示 notice of a campaign and the score sheet of one entry. */
final class CampaignPdfs {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CampaignPdfs() {
    }

    /** 关于…结果的公示: names and grades in 公示 (or final), the period, how to object, the issuing org and date. */
    static byte[] notice(PublicNotice notice, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<List<String>> rows = new ArrayList<>();
        LocalDate from = null;
        LocalDate until = null;
        int n = 0;
        for (PublicNotice.Row r : notice.rows()) {
            rows.add(List.of(String.valueOf(++n), r.township(), r.name(), r.grade() == null ? "—" : r.grade()));
            from = from == null || (r.from() != null && r.from().isBefore(from)) ? r.from() : from;
            until = until == null || (r.until() != null && r.until().isAfter(until)) ? r.until() : until;
        }
        String period = from == null ? "" : "公示时间为" + chinese(from) + "至" + chinese(until) + "。";
        return PdfDocument.portrait("关于" + notice.process().title() + "结果的公示", clock)
                .paragraph("经各村自评、乡镇党委审核、县委组织部审定，现将" + notice.process().title() + "结果予以公示。" + period
                        + "公示期间，对公示对象有异议的，请以真实姓名向" + notice.owner() + "组织部反映，或在公示页面提出（公示编号："
                        + notice.process().publicCode() + "），写明事实和理由。")
                .table(new float[] {1, 3, 5, 2}, List.of("序号", "乡镇", notice.subject(), "等次"), rows, 0)
                .signature(notice.owner() + "组织部", today)
                .finish();
    }

    /** 评分表: every indicator with the rule, the values entered and changed (who, when, why), the points and totals. */
    static byte[] sheet(Campaign campaign, CampaignEntry entry, ScoreSheet sheet, Map<String, EntryScore> scores,
                        List<ReviewTransition> history, EntryPeople people, Clock clock) {
        EntryPeople.Names names = people.of(scores, history, List.of());
        List<List<String>> rows = new ArrayList<>();
        for (ScoreLine line : sheet.lines()) {
            EntryScore s = scores.get(line.code());
            String who = s == null ? "" : join(s.selfBy() == null ? null : names.of(s.selfBy()) + " " + WHEN.format(s.selfAt())
                            + (s.selfNote() == null ? "" : "（" + s.selfNote() + "）"),
                    s.reviewBy() == null ? null : "审核 " + names.of(s.reviewBy()) + " " + WHEN.format(s.reviewAt())
                            + (s.reviewReason() == null ? "" : "：" + s.reviewReason()));
            rows.add(List.of("　".repeat(line.depth()) + line.name(), line.rule(),
                    s == null ? "" : line.method().valueText(s.selfValue()),
                    s == null ? "" : line.method().valueText(s.reviewValue()),
                    line.points().toPlainString(), who));
        }
        List<List<String>> steps = history.stream().map(t -> List.of(WHEN.format(t.at()), names.of(t.actor()), t.action().label(),
                t.from().label() + " → " + t.to().label(), t.reason() == null ? "" : t.reason())).toList();
        return PdfDocument.landscape(campaign.name() + " 评分表", clock)
                .subtitle(entry.townshipName() + " " + entry.label() + " · " + campaign.schemeLabel())
                .table(new float[] {5, 5, 1.3f, 1.3f, 1.4f, 6}, List.of("指标", "计分规则", "自评", "审核", "得分", "填报 / 调整"),
                        rows, 2, 3, 4)
                .paragraph("基本分 " + sheet.baseTotal() + "，加分 " + sheet.bonus() + "，扣分 " + sheet.deductions() + "，总分 "
                        + sheet.total() + "；" + (sheet.gradeReason() == null ? "" : sheet.gradeReason())
                        + (entry.gradeNote() == null ? "" : "；" + entry.gradeNote()) + "；评定等次："
                        + (entry.grade() == null ? "无" : entry.grade()) + "（" + entry.stage().label() + "）。")
                .heading("流转记录")
                .table(new float[] {2.2f, 2, 2, 3, 5}, List.of("时间", "经办人", "操作", "环节", "原因"), steps)
                .finish();
    }

    private static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String join(String a, String b) {
        return a == null ? (b == null ? "" : b) : b == null ? a : a + "\n" + b;
    }
}
