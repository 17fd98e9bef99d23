package org.jiceng.organization.form;

import java.io.OutputStream;
import java.util.List;

import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelWriter;

/** The 采集表 of one member as .xlsx: each field with its item number, value and code, then the signature lines. */
final class CollectionFormSheet {

    private static final List<ExcelColumn> COLUMNS = List.of(ExcelColumn.of("项目序号", 8), ExcelColumn.of("项目", 26),
            ExcelColumn.text("填写内容", 36), ExcelColumn.text("代码", 8));

    private CollectionFormSheet() {
    }

    static void write(CollectionForm form, OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter()) {
            excel.sheet("党员基本信息采集表", COLUMNS);
            for (FormItem item : form.items()) {
                excel.row(item.number(), item.label(), item.value(), item.code());
            }
            excel.row();
            for (String signer : CollectionForm.SIGNATURES) {
                excel.row(null, signer, "", "日期");
            }
            excel.writeTo(out);
        }
    }
}
