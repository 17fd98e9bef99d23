package org.jiceng.incentive.pay.run;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.incentive.pay.Money;
import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelWriter;
import org.jiceng.shared.pdf.PdfDocument;
import org.springframework.stereotype.Component;

/**
 * The printed forms of cadre pay: a village's pay sheet for a run (发放表, with a signature column for each cadre and
 * the signature lines of the maker, the checker, the finance office and the village secretary) and the annual
 * settlement sheet, as A4 PDF and as Excel. Every total printed is the sum of the lines printed above it.
 */
@Component
public class PaySheets {

    private final Clock clock;

    PaySheets(Clock clock) {
        this.clock = clock;
    }

    /** A village's lines of a run as a printable sheet. */
    public record Sheet(PayRun run, String townshipName, String villageName, List<PayLine> lines) {

        String title() {
            return villageName + "村干部" + run.label() + "发放表";
        }

        BigDecimal total(java.util.function.Function<PayLine, BigDecimal> column) {
            return Money.sum(lines.stream().map(column).toList());
        }
    }

    public byte[] pdf(Sheet sheet) {
        boolean monthly = sheet.run().kind() == RunKind.MONTHLY;
        List<String> headers = monthly
                ? List.of("序号", "姓名", "职务", "基本报酬", "乡镇补贴", "应发", "实发", "发放日期", "方式", "领款人签字")
                : List.of("序号", "姓名", "职务", "在任月数", "考核等次", "比例%", "应发", "实发", "发放日期", "方式", "领款人签字");
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (PayLine l : sheet.lines()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(n++), l.personName(), l.postLabel()));
            if (monthly) {
                row.addAll(List.of(Money.format(l.basic()), Money.format(l.topup())));
            } else {
                row.addAll(List.of(String.valueOf(l.months()), l.grade() == null ? "未录入" : l.grade(),
                        l.percent() == null ? "" : l.percent().stripTrailingZeros().toPlainString()));
            }
            row.addAll(List.of(Money.format(l.due()), Money.format(l.paid()),
                    l.lastPaidOn() == null ? "" : l.lastPaidOn().toString(), l.method() == null ? "" : l.method(),
                    l.excluded() ? l.excludedReason() : ""));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("", "合计", sheet.lines().size() + "人"));
        if (monthly) {
            total.addAll(List.of(Money.format(sheet.total(PayLine::basic)), Money.format(sheet.total(PayLine::topup))));
        } else {
            total.addAll(List.of("", "", ""));
        }
        total.addAll(List.of(Money.format(sheet.total(PayLine::due)), Money.format(sheet.total(PayLine::paid)), "", "", ""));
        rows.add(total);
        float[] widths = monthly ? new float[] {4, 8, 12, 8, 8, 8, 8, 10, 7, 14}
                : new float[] {4, 8, 12, 6, 7, 6, 8, 8, 10, 7, 14};
        int[] right = monthly ? new int[] {3, 4, 5, 6} : new int[] {3, 5, 6, 7};
        return PdfDocument.landscape(sheet.title(), clock)
                .subtitle(sheet.townshipName() + " · " + sheet.run().label() + " · 应于" + sheet.run().dueDate()
                        + "前足额发放 · 单位：元")
                .table(widths, headers, rows, right)
                .paragraph("制表人：____________　　审核人：____________　　乡镇财政所（盖章）：____________　　"
                        + "村党组织书记：____________")
                .signature(sheet.townshipName() + "财政所", LocalDate.now(clock))
                .finish();
    }

    /** The sheet as Excel: one column set for both kinds (a monthly sheet leaves months and grade empty). */
    public void excel(Sheet sheet, OutputStream out) {
        boolean monthly = sheet.run().kind() == RunKind.MONTHLY;
        try (ExcelWriter excel = new ExcelWriter()) {
            excel.sheet(sheet.villageName(), List.of(ExcelColumn.of("序号", 6), ExcelColumn.text("姓名", 10),
                    ExcelColumn.text("职务", 16), ExcelColumn.of("在任月数", 8), ExcelColumn.text("考核等次", 10),
                    ExcelColumn.of("绩效比例%", 10), ExcelColumn.of(monthly ? "基本报酬" : "绩效基数", 10),
                    ExcelColumn.of("乡镇补贴", 10), ExcelColumn.of("应发", 10), ExcelColumn.of("实发", 10),
                    ExcelColumn.of("发放日期", 12), ExcelColumn.text("方式", 8), ExcelColumn.text("说明", 24)));
            int n = 1;
            for (PayLine l : sheet.lines()) {
                excel.row(n++, l.personName(), l.postLabel(), monthly ? null : l.months(), l.grade(), l.percent(),
                        l.basic(), l.topup(), l.due(), l.paid(), l.lastPaidOn(), l.method(), l.excludedReason());
            }
            excel.row(null, "合计", sheet.lines().size() + "人", null, null, null, sheet.total(PayLine::basic),
                    sheet.total(PayLine::topup), sheet.total(PayLine::due), sheet.total(PayLine::paid));
            excel.writeTo(out);
        }
    }

    public byte[] pdf(Settlement s) {
        List<String> headers = new ArrayList<>(List.of(s.rowLabel(), s.perOrg() ? "" : "职务",
                "基本报酬应发", "基本报酬实发", "绩效报酬应发", "绩效报酬实发", "欠发"));
        List<List<String>> rows = new ArrayList<>();
        for (Settlement.Row r : s.rows()) {
            rows.add(settlementRow(r));
        }
        rows.add(settlementRow(s.total()));
        Settlement.Figures f = s.ledger();
        List<List<String>> ledger = List.of(
                List.of("年初余额", Money.format(f.opening())),
                List.of("本年拨入", Money.format(f.fundsIn())),
                List.of("本年支出（本年度报酬）", Money.format(f.paidThisYear())),
                List.of("本年支出（以前年度报酬）", Money.format(f.paidEarlierYears())),
                List.of("年末余额", Money.format(f.closing())),
                List.of("本年度报酬于次年发放（截至" + s.asOf() + "）", Money.format(f.paidAfterYear())),
                List.of("核对", s.reconciles() ? "相符：年初余额＋本年拨入－本年支出＝年末余额；本年度实发＝专帐支出"
                        : "不符，请核查"));
        return PdfDocument.landscape(s.orgName() + s.year() + "年度村干部报酬结算表", clock)
                .subtitle("截至" + s.asOf() + " · 单位：元")
                .table(new float[] {10, 12, 10, 10, 10, 10, 10}, headers, rows, 2, 3, 4, 5, 6)
                .heading("专帐收支核对")
                .table(new float[] {30, 20}, List.of("项目", "金额"), ledger, 1)
                .paragraph("制表人：____________　　审核人：____________　　乡镇财政所（盖章）：____________")
                .signature(s.orgName(), LocalDate.now(clock))
                .finish();
    }

    public void excel(Settlement s, OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter()) {
            excel.sheet("结算", List.of(ExcelColumn.text(s.rowLabel(), 12), ExcelColumn.text("职务", 16),
                    ExcelColumn.of("基本报酬应发", 12), ExcelColumn.of("基本报酬实发", 12), ExcelColumn.of("绩效报酬应发", 12),
                    ExcelColumn.of("绩效报酬实发", 12), ExcelColumn.of("欠发", 10), ExcelColumn.of("年初余额", 12),
                    ExcelColumn.of("本年拨入", 12), ExcelColumn.of("本年支出", 12), ExcelColumn.of("年末余额", 12),
                    ExcelColumn.text("核对", 8)));
            for (Settlement.Row r : s.rows()) {
                Settlement.Figures f = r.ledger();
                excel.row(r.name(), r.post(), r.basicDue(), r.basicPaid(), r.performanceDue(), r.performancePaid(),
                        r.owed(), f == null ? null : f.opening(), f == null ? null : f.fundsIn(),
                        f == null ? null : f.paidOut(), f == null ? null : f.closing(),
                        f == null ? null : r.reconciles() ? "相符" : "不符");
            }
            Settlement.Figures f = s.ledger();
            Settlement.Row t = s.total();
            excel.row("合计", null, t.basicDue(), t.basicPaid(), t.performanceDue(), t.performancePaid(), t.owed(),
                    f.opening(), f.fundsIn(), f.paidOut(), f.closing(), s.reconciles() ? "相符" : "不符");
            excel.writeTo(out);
        }
    }

    private static List<String> settlementRow(Settlement.Row r) {
        return List.of(r.name() == null ? "" : r.name(), r.post() == null ? "" : r.post(), Money.format(r.basicDue()),
                Money.format(r.basicPaid()), Money.format(r.performanceDue()), Money.format(r.performancePaid()),
                Money.format(r.owed()));
    }
}
