package org.jiceng.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.target.letter.IssueForm;
import org.jiceng.target.letter.ItemForm;
import org.jiceng.target.letter.LetterCopy;
import org.jiceng.target.letter.LetterForm;
import org.jiceng.target.letter.LetterQueries;
import org.jiceng.target.letter.LetterService;
import org.jiceng.target.letter.MeasureKind;
import org.jiceng.target.letter.QuantityForm;
import org.jiceng.target.letter.SignForm;
import org.jiceng.target.letter.TargetLetter;
import org.jiceng.target.task.CentralTask;

/**
 * 汉封乡's letters of March 2010, true to the seed: "乡党委3月份与各村签订了争优创先目标责任书，做到了争创目标、任务、对象三明确"
 * — the "五个好" branch (程家塬村, 关村村, 汉封村 this year), the 标兵, help for members in hardship, the two leading
 * industries, and the greening and street works whose ledger entries ({@link HanfengLedger}) are their progress. The
 * quantities are the township's targets (the seed reports work done, not targets): set per village so that the
 * township's 18,000多棵, 28 streets and 18.6公里 meet them except one village's greened streets. Each village's
 * copy is signed in March by the township secretary and the village's branch secretary.
 */
final class HanfengLetters {

    private static final String WHO = "hanfeng";
    private static final List<String> VILLAGES = DemoCounty.TOWNSHIPS.get(2).villages();
    private static final int[] SEEDLINGS = {2000, 2000, 1500, 1200, 1200, 1200, 1200, 1200, 1200, 1200, 1200, 1200};
    private static final String[] KM = {"2.0", "2.0", "1.8", "1.2", "1.2", "1.2", "1.2", "1.2", "1.2", "1.2", "1.2",
            "1.2"};

    private final LedgerDemo demo;
    private final LetterService letters;
    private final LetterQueries queries;

    HanfengLetters(LedgerDemo demo, LetterService letters, LetterQueries queries) {
        this.demo = demo;
        this.letters = letters;
        this.queries = queries;
    }

    void load(CentralTask greening, CentralTask streets) {
        LocalDate drafted = LocalDate.of(2010, 3, 8);
        TargetLetter letter = demo.on(drafted, () -> demo.as(WHO, () -> letters.create(
                new LetterForm(2010, "争优创先目标责任书", "中共汉封乡委员会"))));
        item(letter, drafted, "01", "村党支部达到“五个好”村党组织标准（程家塬村、关村村、汉封村党支部为今年创建对象，其余村巩固提高）",
                MeasureKind.DONE, "20", null, null, null, null, "乡党委组织办", "五个好创建资料、考核评定结果", null);
        item(letter, drafted, "01", "推荐引领群众致富优秀共产党员标兵，带头发展核桃、中药材产业", MeasureKind.DONE, "10", null,
                null, null, null, "乡党委组织办", "标兵推荐材料", null);
        item(letter, drafted, "01", "帮扶本村生活困难党员脱贫致富，落实帮扶责任人", MeasureKind.DONE, "10", null, null, null,
                null, "乡党委组织办", "帮扶台账", null);
        item(letter, drafted, "02", "培育壮大优质核桃栽植和中药材种植两大主导产业", MeasureKind.DONE, "15", null, null, null,
                null, "乡农业综合服务站", "产业发展台账、图片", null);
        item(letter, drafted, "03", "栽植小叶黄杨、红叶李、白玉兰等绿化苗木", MeasureKind.PROPORTIONAL, "15", "1200", "TREE",
                null, greening, "乡林业站", "台账日记、栽植图片", "3月底前完成春季栽植");
        item(letter, drafted, "03", "绿化美化村组街道", MeasureKind.BONUS_PER_UNIT, "10", "2", "STREET", "1", greening,
                "乡林业站", "台账日记、图片", null);
        item(letter, drafted, "03", "拓宽整修沙化、硬化村组街道", MeasureKind.PROPORTIONAL, "20", "1.2", "KM", null, streets,
                "乡村镇建设办", "台账日记、验收记录", "二季度完成");
        LocalDate issued = LocalDate.of(2010, 3, 10);
        demo.on(issued, () -> demo.as(WHO, () -> letters.issue(letter.id(), new IssueForm(issued,
                queries.board(letter.id()).letter().version()))));
        var board = demo.as(WHO, () -> queries.board(letter.id()));
        String townshipSecretary = demo.secretaryOf(board.letter().orgId(), issued);
        for (int i = 0; i < board.villages().size(); i++) {
            LetterCopy copy = board.villages().get(i).copy();
            int index = VILLAGES.indexOf(copy.villageName());
            LocalDate signed = LocalDate.of(2010, 3, 15 + index % 10);
            demo.on(signed, () -> demo.as(WHO, () -> {
                LetterCopy set = letters.changeQuantity(copy.id(), new QuantityForm(board.letter().items().get(4).id(),
                        new BigDecimal(SEEDLINGS[index]), null, copy.version()));
                set = letters.changeQuantity(copy.id(), new QuantityForm(board.letter().items().get(6).id(),
                        new BigDecimal(KM[index]), null, set.version()));
                return letters.sign(copy.id(), new SignForm(signed, demo.secretaryOf(copy.villageId(), signed),
                        townshipSecretary, set.version()));
            }));
        }
    }

    private void item(TargetLetter letter, LocalDate on, String area, String content, MeasureKind kind, String points,
                      String target, String unit, String perUnit, CentralTask task, String office, String evidence,
                      String milestones) {
        demo.on(on, () -> demo.as(WHO, () -> letters.addItem(letter.id(), new ItemForm(area, content, kind,
                new BigDecimal(points), target == null ? null : new BigDecimal(target), unit,
                perUnit == null ? null : new BigDecimal(perUnit), perUnit == null ? null : new BigDecimal("3"), null,
                null, office, evidence, milestones, task == null ? null : task.id(), null))));
    }
}
