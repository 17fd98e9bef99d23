package org.jiceng.organization;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.configuration.CodeItem;
import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.IdCardNumber;
import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelWriter;
import org.springframework.stereotype.Component;

/**
 * The member import template: the columns with one example row, and a second sheet (填写说明) explaining each column
 * and listing the codes of the code lists as the system administrator keeps them today.
 */
@Component
class MemberImportTemplate {

    private static final List<String[]> NOTES = List.of(
            new String[] {"姓名", "必填，不超过50个字"},
            new String[] {"性别", "必填，填“男”或“女”（或代码 1、2）"},
            new String[] {"民族", "必填，填民族名称如“汉族”，或代码，见下方代码表"},
            new String[] {"公民身份证号", "必填，18位，须通过 GB 11643 校验；出生日期、性别须与之一致；不能与文件中其他行或已登记人员重复"},
            new String[] {"出生日期", "可不填（按身份证号计算）；日期格式如 1975-03-08"},
            new String[] {"学历", "可不填；填名称或代码，见下方代码表"},
            new String[] {"人员类别", "可不填；填名称或代码，见下方代码表"},
            new String[] {"所在党支部", "必填（导入到党支部时可不填）：所选组织下党支部的简称、全称或组织编码"},
            new String[] {"政治面貌", "必填，“正式党员”或“预备党员”"},
            new String[] {"加入党组织日期", "必填；入党时应年满18岁"},
            new String[] {"转为正式党员日期", "正式党员必填，不能早于入党日期；预备党员不填"},
            new String[] {"联系电话", "可不填；11位手机号或带区号的固定电话"},
            new String[] {"党籍状态", "可不填（默认“正常”）；填名称或代码"},
            new String[] {"是否失联 / 是否流动党员", "填“是”或“否”，不填为“否”；失联须填失联日期，流动党员须填外出流向"});

    private final CodeLists codes;

    MemberImportTemplate(CodeLists codes) {
        this.codes = codes;
    }

    void write(OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter()) {
            LocalDate birth = LocalDate.of(1975, 3, 8);
            excel.sheet("党员信息", MemberSheet.COLUMNS)
                    .row("张示例", "男", "汉族", IdCardNumber.compose("610322", birth, 13), birth, "普通高中",
                            "农牧渔业生产人员", "程家塬村", "正式党员", LocalDate.of(2001, 7, 1),
                            LocalDate.of(2002, 7, 1), "村民", "13800000000", "程家塬村一组", "正常", "否", null,
                            "否", null);
            excel.sheet("填写说明", List.of(ExcelColumn.of("列 / 代码表", 24), ExcelColumn.of("说明 / 代码", 16),
                    ExcelColumn.of("名称", 60)));
            excel.row("带 * 的列必填。第一张表的表头不要修改；示例行请删除后填写。每个文件最多导入的行数由系统设置决定。");
            for (String[] note : NOTES) {
                excel.row(note[0], null, note[1]);
            }
            for (String list : ImportLookups.LISTS) {
                String title = switch (list) {
                    case CodeLists.GENDER -> "性别";
                    case CodeLists.ETHNICITY -> "民族";
                    case CodeLists.EDUCATION -> "学历";
                    case CodeLists.PERSON_CATEGORY -> "人员类别";
                    default -> "党籍状态";
                };
                for (CodeItem item : codes.items(list)) {
                    excel.row(title, item.code(), item.label());
                }
            }
            excel.writeTo(out);
        }
    }
}
