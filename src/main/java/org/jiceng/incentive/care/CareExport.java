package org.jiceng.incentive.care;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.jiceng.shared.PageQuery;
import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelWriter;
import org.springframework.stereotype.Component;

/**
 * The year's 帮扶台账 of an org as an .xlsx: the cases with their support that year, every support entry (reversals
 * included, so the amounts add up), and the figures by kind, fund and township. Scoped through {@link CareService}.
 */
@Component
class CareExport {

    private final CareService care;

    CareExport(CareService care) {
        this.care = care;
    }

    void write(long orgId, int year, OutputStream out) {
        CareSummary summary = care.summary(orgId, year);
        try (ExcelWriter excel = new ExcelWriter()) {
            excel.sheet("帮扶对象", List.of(ExcelColumn.of("姓名", 10), ExcelColumn.of("所在组织", 14),
                    ExcelColumn.of("党员", 6), ExcelColumn.of("村干部", 8), ExcelColumn.of("致困原因", 16),
                    ExcelColumn.of("困难程度", 10), ExcelColumn.of("登记日期", 12), ExcelColumn.of("结案日期", 12),
                    ExcelColumn.of(year + "年帮扶次数", 12), ExcelColumn.of(year + "年金额（元）", 14),
                    ExcelColumn.of("情况说明", 30)));
            int page = 1;
            while (true) {
                var rows = care.cases(orgId, year, new PageQuery(page, PageQuery.MAX_SIZE, null, false));
                for (CaseRow r : rows.items()) {
                    HardshipCase c = r.hardship();
                    excel.row(c.personName(), c.orgName(), c.member(), c.cadre(), c.causeLabel(), c.severityLabel(),
                            c.openedOn(), c.closedOn(), r.supportsInYear(), r.amountInYear(), c.note());
                }
                if (!rows.hasNext()) {
                    break;
                }
                page++;
            }
            excel.sheet("帮扶记录", List.of(ExcelColumn.of("日期", 12), ExcelColumn.of("姓名", 10),
                    ExcelColumn.of("所在组织", 14), ExcelColumn.of("帮扶方式", 14), ExcelColumn.of("金额（元）", 12),
                    ExcelColumn.of("资金来源", 10), ExcelColumn.of("物资", 20), ExcelColumn.of("慰问人", 14),
                    ExcelColumn.of("冲销", 30)));
            for (Map.Entry<HardshipCase, SupportEntry> row : care.yearEntries(orgId, year)) {
                SupportEntry e = row.getValue();
                excel.row(e.givenOn(), row.getKey().personName(), row.getKey().orgName(), e.kindLabel(), e.amount(),
                        e.fundLabel(), e.goods(), e.visitor(), e.reversal() ? "冲销第" + e.reversalOf() + "号："
                                + e.reversalReason() : e.reversed() ? "已冲销" : null);
            }
            excel.sheet("汇总", List.of(ExcelColumn.of("项目", 24), ExcelColumn.of("次数/人数", 12),
                    ExcelColumn.of("金额（元）", 14)));
            excel.row("帮扶对象（当年在册）", summary.cases(), null);
            excel.row("帮扶困难党员人数", summary.membersHelped(), null);
            excel.row("帮扶人数（含非党员村干部）", summary.peopleHelped(), summary.amount());
            summary.byKind().forEach(l -> excel.row("方式：" + l.label(), l.supports(), l.amount()));
            summary.byFund().forEach(l -> excel.row("资金来源：" + l.label(), l.supports(), l.amount()));
            summary.byTownship().forEach(t -> excel.row("乡镇：" + t.name() + "（帮扶党员人数）", t.membersHelped(),
                    t.amount()));
            excel.writeTo(out);
        }
    }
}
