package org.jiceng.organization.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import org.jiceng.shared.pdf.PdfDocument;

/**
 * The 采集表 printed in the form's layout: the items two to a row (label, value, label, value) as on the paper form,
 * then the signature lines, each with its date. Several forms (a branch) are one PDF, a page per member.
 */
final class CollectionFormPdf {

    /** Which items share a row, by their index in {@link CollectionForm#items()}; -1 leaves the cell empty. */
    private static final int[][] ROWS = {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {8, 9}, {10, 14}, {11, 12}, {13, -1},
            {15, 16}, {17, 18}};
    private static final float[] WIDTHS = {2.3f, 3.2f, 2.3f, 3.2f};

    private CollectionFormPdf() {
    }

    static byte[] one(CollectionForm form, Clock clock) {
        PdfDocument pdf = PdfDocument.portrait("党员基本信息采集表", clock)
                .subtitle("所在党支部：" + nullToBlank(form.branchName()));
        List<List<String>> rows = new ArrayList<>();
        for (int[] pair : ROWS) {
            List<String> row = new ArrayList<>();
            for (int index : pair) {
                FormItem item = index < 0 ? null : form.items().get(index);
                row.add(item == null ? "" : item.number() + ". " + item.label());
                row.add(item == null ? "" : nullToBlank(item.value()));
            }
            rows.add(row);
        }
        pdf.table(WIDTHS, List.of("项目", "填写内容", "项目", "填写内容"), rows);
        pdf.paragraph("本人确认以上信息真实准确。");
        for (String signer : CollectionForm.SIGNATURES) {
            pdf.paragraph(signer + "：＿＿＿＿＿＿＿＿＿＿　　　　日期：　　　　年　　月　　日");
        }
        pdf.paragraph("注：表中信息由基层党组织从党员信息管理系统导出打印，请党员本人核对签字。");
        return pdf.finish();
    }

    /** Many forms as one PDF, in the order given. */
    static byte[] many(List<CollectionForm> forms, Clock clock) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            document.open();
            for (CollectionForm form : forms) {
                PdfReader reader = new PdfReader(one(form, clock));
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    copy.addPage(copy.getImportedPage(reader, page));
                }
                copy.freeReader(reader);
                reader.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
