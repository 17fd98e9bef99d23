package org.jiceng.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentTests {

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageWithPageNumbersAndAnEmbeddedChineseFont() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.valueOf(i), "第" + i + "村党支部", i % 2 == 0 ? "一类" : "二类"));
        }
        byte[] pdf = PdfDocument.portrait("关于2010年度升级晋档评定结果的公示", java.time.Clock.systemDefaultZone()).subtitle("凤翔县")
                .paragraph("经各村自评、乡镇审核、县委组织部审定，现予公示。")
                .table(new float[] {1, 4, 2}, List.of("序号", "村党组织", "等次"), rows, 0)
                .signature("中共凤翔县委组织部", LocalDate.of(2010, 12, 1)).finish();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).contains("村党组织").contains("第 " + page + " 页 共 " + pages + " 页");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(document);
            assertThat(all).contains("关于2010年度升级晋档评定结果的公示", "第120村党支部", "中共凤翔县委组织部", "2010年12月1日");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
        assertThat(pdf.length).as("the font is embedded as a subset").isLessThan(400_000);
    }
}
