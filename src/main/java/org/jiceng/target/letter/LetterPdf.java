package org.jiceng.target.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.pdf.PdfDocument;
import org.springframework.stereotype.Component;

/**
 * A village's copy of a letter as printed for signing: the parties, the items by area with the village's targets,
 * points, scoring rule, checking office, deadline and evidence, the amendments made since signing, and both
 * parties' signature blocks — with the signers and the day once the signing is recorded, blank lines before.
 */
@Component
class LetterPdf {

    private final Clock clock;

    LetterPdf(Clock clock) {
        this.clock = clock;
    }

    String title(TargetLetter letter, LetterCopy copy) {
        return copy.villageName() + letter.year() + "年" + letter.title();
    }

    byte[] print(LetterQueries.CopyView view) {
        TargetLetter letter = view.letter();
        LetterCopy copy = view.standing().copy();
        List<List<String>> rows = new ArrayList<>();
        for (LetterItem item : letter.items()) {
            rows.add(List.of(String.valueOf(item.lineNo()), item.areaLabel(), item.content()
                            + (item.milestones() == null ? "" : "（" + item.milestones() + "）"),
                    item.quantified() ? LetterItem.plain(copy.target(item)) + item.unitLabel() : "—",
                    LetterItem.plain(item.basePoints()), item.rule(), item.checkingOffice(),
                    item.deadline() == null ? "年内" : date(item.deadline()), item.evidence() == null ? "" : item.evidence()));
        }
        rows.add(List.of("", "合计", letter.items().size() + "项", "", LetterItem.plain(letter.basePoints()), "", "", "",
                ""));
        PdfDocument pdf = PdfDocument.landscape(letter.year() + "年度" + letter.title(), clock)
                .subtitle("甲方：" + letter.issuer() + "　　乙方：" + copy.partyName())
                .paragraph("为明确" + letter.year() + "年度目标任务，做到争创目标、任务、对象三明确，甲乙双方签订本责任书。"
                        + "乙方按下列目标任务抓好落实，甲方年终按计分办法考核，考核结果与村干部报酬和评先评优挂钩。")
                .table(new float[] {4, 8, 26, 9, 5, 18, 9, 8, 13}, List.of("序号", "类别", "目标任务", "目标", "基本分",
                        "计分办法", "考核单位", "完成时限", "佐证材料"), rows, 3, 4);
        if (!view.amendments().isEmpty()) {
            List<List<String>> changes = view.amendments().stream().map(a -> List.of(date(a.on()),
                    "第" + a.lineNo() + "项 " + a.itemContent(), LetterItem.plain(a.oldQuantity()) + a.unitLabel(),
                    LetterItem.plain(a.newQuantity()) + a.unitLabel(), a.reason())).toList();
            pdf.heading("签订后变更").table(new float[] {10, 30, 10, 10, 30}, List.of("日期", "项目", "原目标", "变更为",
                    "原因"), changes, 2, 3);
        }
        boolean signed = copy.status() == CopyStatus.SIGNED;
        return pdf.paragraph("本责任书一式两份，甲乙双方各执一份，自签订之日起生效。")
                .paragraph("甲方（盖章）：" + letter.issuer() + "　　　　负责人（签字）：" + (signed ? copy.townshipSigner()
                        : "____________"))
                .paragraph("乙方（盖章）：" + copy.partyName() + "　　　　负责人（签字）：" + (signed
                        ? copy.villageSigner() : "____________"))
                .paragraph("签订日期：" + (signed ? date(copy.signedOn()) : "______年____月____日"))
                .finish();
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
