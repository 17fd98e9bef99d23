package org.jiceng.target.letter;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelWriter;
import org.springframework.stereotype.Component;

/**
 * The township's board as Excel: one row per village and item — target, what the ledger shows, the estimated points
 * and how — with the signing, so the township can sort and total it; figures are numbers, not text.
 */
@Component
class BoardExport {

    void write(LetterQueries.Board board, OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter()) {
            excel.sheet("目标考核看板", List.of(ExcelColumn.text("村", 12), ExcelColumn.text("签订", 12),
                    ExcelColumn.of("序号", 6), ExcelColumn.text("类别", 10), ExcelColumn.text("目标任务", 36),
                    ExcelColumn.text("计分办法", 30), ExcelColumn.of("基本分", 8), ExcelColumn.of("目标", 10),
                    ExcelColumn.text("单位", 8), ExcelColumn.of("台账完成", 10), ExcelColumn.of("台账条数", 8),
                    ExcelColumn.of("估算得分", 10), ExcelColumn.text("说明", 40)));
            for (Standing s : board.villages()) {
                LetterCopy copy = s.copy();
                String signed = copy.status() == CopyStatus.SIGNED ? copy.signedOn().toString() : copy.status().label();
                for (Standing.Row r : s.rows()) {
                    List<Object> row = new ArrayList<>(List.of(copy.villageName(), signed, r.item().lineNo(),
                            r.item().areaLabel(), r.item().content(), r.item().rule(), r.item().basePoints()));
                    row.add(r.target());
                    row.add(r.item().unitLabel());
                    row.add(r.tracked() && r.item().quantified() ? r.done() : null);
                    row.add(r.tracked() ? r.entries() : null);
                    row.add(r.points());
                    row.add(r.tracked() ? r.explanation() : "未关联台账，年终评定");
                    excel.row(row.toArray());
                }
            }
            excel.writeTo(out);
        }
    }
}
