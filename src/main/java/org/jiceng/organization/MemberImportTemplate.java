package org.jiceng.organization;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.configuration.CodeItem;
import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.IdCardNumber;
import org.jiceng.shared.excel.ExcelColumn;

/**
 * The member import template: the register's columns ({@link MemberSheet}) with one example row and dropdowns (data
 * validation) on every coded column, filled from the code lists as the system administrator keeps them today (sheet
 * 代码, hidden, after the sheet 填写说明 that explains each column). A small workbook, so POI's in-memory model is used: the
 * streaming writer cannot add validations.
 */
@org.springframework.stereotype.Component
class MemberImportTemplate {

    /** How many data rows carry the dropdowns. */
    static final int DROPDOWN_ROWS = 20_000;

    private static final List<String[]> NOTES = List.of(
            new String[] {"姓名", "必填，不超过50个字"},
            new String[] {"性别", "必填，从下拉列表选择“男”或“女”（或代码 1、2）"},
            new String[] {"民族 / 学历 / 工作岗位", "从下拉列表选择名称，或在右侧“代码”列填写代码；两者都填时须一致"},
            new String[] {"公民身份证号", "必填，18位，须通过 GB 11643 校验；出生日期、性别须与之一致；不能与文件中其他行或已登记人员重复"},
            new String[] {"出生日期", "可不填（按身份证号计算）；日期格式如 1975-03-08"},
            new String[] {"人员类别", "必填，“正式党员”或“预备党员”"},
            new String[] {"所在党支部", "必填（导入到党支部时可不填）：所选组织下党支部的简称、全称或组织编码"},
            new String[] {"加入党组织日期", "必填；入党时应年满18岁"},
            new String[] {"转为正式党员日期", "正式党员必填，不能早于预备期满（入党一年后）；预备党员不填"},
            new String[] {"手机号码", "可不填；1开头的11位数字"},
            new String[] {"固定电话区号 / 号码", "可不填；填号码时须填区号（0开头3–4位，如 0917），号码7–8位"},
            new String[] {"党籍状态", "可不填（默认“正常”）；从下拉列表选择"},
            new String[] {"是否失联 / 是否流动党员", "选“是”或“否”，不填为“否”；失联须填失去联系日期，流动党员须填外出流向"});

    private record Dropdown(int column, String list, boolean codes) {
    }

    private static final List<Dropdown> DROPDOWNS = List.of(new Dropdown(MemberSheet.GENDER, CodeLists.GENDER, false),
            new Dropdown(MemberSheet.ETHNICITY, CodeLists.ETHNICITY, false),
            new Dropdown(MemberSheet.EDUCATION, CodeLists.EDUCATION, false),
            new Dropdown(MemberSheet.WORK_POST, CodeLists.WORK_POST, false),
            new Dropdown(MemberSheet.MEMBERSHIP, CodeLists.MEMBERSHIP_STATUS, false),
            new Dropdown(MemberSheet.ETHNICITY_CODE, CodeLists.ETHNICITY, true),
            new Dropdown(MemberSheet.EDUCATION_CODE, CodeLists.EDUCATION, true),
            new Dropdown(MemberSheet.WORK_POST_CODE, CodeLists.WORK_POST, true));

    private final CodeLists codes;

    MemberImportTemplate(CodeLists codes) {
        this.codes = codes;
    }

    void write(OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet data = workbook.createSheet("党员信息");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            header(workbook, data, MemberSheet.COLUMNS, text);
            LocalDate birth = LocalDate.of(1975, 3, 8);
            Object[] example = {"张示例", "男", "汉族", IdCardNumber.compose("610322", birth, 13), birth, "普通高中",
                    "正式党员", "程家塬村", LocalDate.of(2001, 7, 1), LocalDate.of(2002, 7, 1), "农牧渔业生产人员",
                    "13800000000", "0917", "8123456", "程家塬村一组", "正常", "否", null, "否", null, "村民"};
            Row row = data.createRow(1);
            for (int i = 0; i < example.length; i++) {
                if (example[i] instanceof LocalDate d) {
                    row.createCell(i).setCellValue(d);
                    row.getCell(i).setCellStyle(date);
                } else if (example[i] != null) {
                    row.createCell(i).setCellValue(example[i].toString());
                }
            }
            notes(workbook, text);
            Sheet lists = workbook.createSheet("代码");
            DataValidationHelper helper = data.getDataValidationHelper();
            for (int d = 0; d < DROPDOWNS.size(); d++) {
                Dropdown dropdown = DROPDOWNS.get(d);
                List<String> values = codes.items(dropdown.list()).stream()
                        .map(dropdown.codes() ? CodeItem::code : CodeItem::label).toList();
                cell(lists, 0, d, MemberSheet.HEADERS.get(dropdown.column()));
                for (int i = 0; i < values.size(); i++) {
                    cell(lists, i + 1, d, values.get(i));
                }
                String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(d);
                validate(data, helper, dropdown.column(), helper.createFormulaListConstraint(
                        "'代码'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1)));
            }
            var fixed = List.of(new Object[] {MemberSheet.STATUS, new String[] {"正式党员", "预备党员"}},
                    new Object[] {MemberSheet.LOST, new String[] {"是", "否"}},
                    new Object[] {MemberSheet.MIGRANT, new String[] {"是", "否"}});
            for (Object[] f : fixed) {
                validate(data, helper, (Integer) f[0], helper.createExplicitListConstraint((String[]) f[1]));
            }
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void validate(Sheet sheet, DataValidationHelper helper, int column,
                                 org.apache.poi.ss.usermodel.DataValidationConstraint constraint) {
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, DROPDOWN_ROWS, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("不在代码表中", "请从下拉列表中选择");
        sheet.addValidationData(validation);
    }

    private void notes(XSSFWorkbook workbook, CellStyle text) {
        Sheet notes = workbook.createSheet("填写说明");
        header(workbook, notes, List.of(ExcelColumn.of("列 / 代码表", 24), ExcelColumn.of("说明 / 代码", 16),
                ExcelColumn.of("名称", 60)), text);
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"带 * 的列必填。第一张表的表头不要修改；示例行请删除后填写。每个文件最多导入的行数由系统设置决定。"});
        NOTES.forEach(n -> rows.add(new Object[] {n[0], null, n[1]}));
        for (String list : ImportLookups.LISTS) {
            String title = switch (list) {
                case CodeLists.GENDER -> "性别";
                case CodeLists.ETHNICITY -> "民族";
                case CodeLists.EDUCATION -> "学历";
                case CodeLists.WORK_POST -> "工作岗位";
                default -> "党籍状态";
            };
            for (CodeItem item : codes.items(list)) {
                rows.add(new Object[] {title, item.code(), item.label() + (item.national() ? "" : "（本地）")});
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                if (rows.get(r)[c] != null) {
                    cell(notes, r + 1, c, rows.get(r)[c].toString());
                }
            }
        }
    }

    private static void header(XSSFWorkbook workbook, Sheet sheet, List<ExcelColumn> columns, CellStyle text) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
            if (columns.get(i).text()) {
                sheet.setDefaultColumnStyle(i, text);
            }
            row.createCell(i).setCellValue(columns.get(i).header());
            row.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void cell(Sheet sheet, int row, int column, String value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        r.createCell(column).setCellValue(value);
    }
}
