package org.jiceng.target.ledger;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelWriter;
import org.springframework.stereotype.Component;

/**
 * The year's ledger rollup of an org as an .xlsx: one row per org below (a column per unit, never added across
 * units) with the total, and each central task's target and done per unit. Scoped through {@link DiaryService}.
 */
@Component
class LedgerExport {

    private final DiaryService diary;

    LedgerExport(DiaryService diary) {
        this.diary = diary;
    }

    void write(DiaryFilter filter, boolean demonstrationOnly, OutputStream out) {
        LedgerRollup rollup = diary.rollup(filter, demonstrationOnly);
        try (ExcelWriter excel = new ExcelWriter()) {
            List<ExcelColumn> columns = new ArrayList<>(List.of(ExcelColumn.of("党组织", 16), ExcelColumn.of("示范村", 18),
                    ExcelColumn.of("台账条数", 10)));
            rollup.totals().forEach(t -> columns.add(ExcelColumn.of(t.unitLabel(), 12)));
            excel.sheet("按党组织汇总", columns);
            for (LedgerRollup.Row r : rollup.rows()) {
                List<Object> cells = new ArrayList<>(List.of(r.orgName(), String.join("、", r.demonstration()),
                        r.entries()));
                rollup.totals().forEach(t -> cells.add(r.in(t.unit())));
                excel.row(cells.toArray());
            }
            List<Object> total = new ArrayList<>(List.of("合计", "", rollup.entries()));
            rollup.totals().forEach(t -> total.add(t.quantity()));
            excel.row(total.toArray());
            excel.sheet("按中心工作", List.of(ExcelColumn.of("党组织", 12), ExcelColumn.of("中心工作", 30),
                    ExcelColumn.of("计量单位", 10), ExcelColumn.of("目标", 12), ExcelColumn.of("完成", 12),
                    ExcelColumn.of("完成率（%）", 12)));
            for (LedgerRollup.TaskProgress t : rollup.tasks()) {
                for (LedgerRollup.Progress p : t.units()) {
                    excel.row(t.orgName(), t.title(), p.unitLabel(), p.target(), p.done(), p.percent());
                }
            }
            excel.writeTo(out);
        }
    }
}
