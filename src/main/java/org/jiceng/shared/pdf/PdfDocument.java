package org.jiceng.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * An A4 document in Chinese: a title, subtitle lines, paragraphs, tables whose header row repeats on every page, a
 * signature block (单位、日期), and on every page a footer "第 N 页 共 M 页" with the print time. The font (WenQuanYi
 * Micro Hei, Apache 2.0) ships in the jar and is embedded as a subset, so the file prints the same anywhere.
 * <pre>
 * byte[] pdf = PdfDocument.portrait("三会一课记录簿", clock).subtitle("程家塬村 2010年").table(...).finish();
 * </pre>
 */
public final class PdfDocument {

    private static final BaseFont FONT = loadFont();
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;

    private PdfDocument(Rectangle page, String title, Clock clock) {
        document = new Document(page, 42, 42, 48, 54);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(LocalDateTime.now(clock).format(PRINTED)));
        document.addTitle(title);
        document.addCreator("基层 Jiceng");
        document.open();
        Paragraph heading = new Paragraph(title, font(16, Font.BOLD));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    /** @param clock the business clock: the footer's print time */
    public static PdfDocument portrait(String title, Clock clock) {
        return new PdfDocument(PageSize.A4, title, clock);
    }

    /** @param clock the business clock: the footer's print time */
    public static PdfDocument landscape(String title, Clock clock) {
        return new PdfDocument(PageSize.A4.rotate(), title, clock);
    }

    public PdfDocument subtitle(String text) {
        Paragraph p = new Paragraph(text, font(10.5f, Font.NORMAL));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(6);
        document.add(p);
        return this;
    }

    public PdfDocument heading(String text) {
        Paragraph p = new Paragraph(text, font(12, Font.BOLD));
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        document.add(p);
        return this;
    }

    public PdfDocument paragraph(String text) {
        Paragraph p = new Paragraph(text, font(10.5f, Font.NORMAL));
        p.setFirstLineIndent(21);
        p.setLeading(18);
        p.setSpacingAfter(6);
        document.add(p);
        return this;
    }

    /**
     * A table: relative column widths, a header row repeated on every page, rows of text (null prints empty);
     * columns listed in {@code rightAligned} (0-based) are aligned right, for figures.
     */
    public PdfDocument table(float[] widths, List<String> headers, List<List<String>> rows, int... rightAligned) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, font(9.5f, Font.BOLD)));
            cell.setBackgroundColor(new java.awt.Color(0xEE, 0xEE, 0xEE));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = new PdfPCell(new Phrase(row.get(i) == null ? "" : row.get(i), font(9.5f, Font.NORMAL)));
                cell.setPadding(4);
                for (int right : rightAligned) {
                    if (right == i) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        return this;
    }

    /** The issuing org and date at the right, as on a printed notice (中共××县委组织部 / 2010年12月1日). */
    public PdfDocument signature(String org, LocalDate date) {
        Paragraph p = new Paragraph(org + "\n" + date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth()
                + "日", font(10.5f, Font.NORMAL));
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingBefore(18);
        document.add(p);
        return this;
    }

    /** Closes the document and returns its bytes. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    static Font font(float size, int style) {
        return new Font(FONT, size, style);
    }

    private static BaseFont loadFont() {
        try (InputStream in = PdfDocument.class.getResourceAsStream("/fonts/wqy-microhei.ttc")) {
            if (in == null) {
                throw new IllegalStateException("fonts/wqy-microhei.ttc is missing from the classpath");
            }
            return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "第 N 页 共 M 页" and the print time at the foot of every page; M is filled in when the document closes. */
    private static final class Footer extends PdfPageEventHelper {

        private final String printed;
        private PdfTemplate total;

        Footer(String printed) {
            this.printed = printed;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 14);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 24;
            String page = "第 " + writer.getPageNumber() + " 页 共 ";
            float width = FONT.getWidthPoint(page, 9);
            float x = (document.left() + document.right()) / 2 - width / 2 - 12;
            canvas.beginText();
            canvas.setFontAndSize(FONT, 9);
            canvas.setTextMatrix(x, y);
            canvas.showText(page);
            canvas.endText();
            canvas.addTemplate(total, x + width, y);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("打印时间 " + printed, font(8, Font.NORMAL)),
                    document.right(), y, 0);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(FONT, 9);
            total.setTextMatrix(0, 0);
            total.showText((writer.getPageNumber() - 1) + " 页");
            total.endText();
        }
    }
}
