package org.jiceng.shared.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelTests {

    static final List<ExcelColumn> COLUMNS = List.of(ExcelColumn.of("姓名*", 10),
            ExcelColumn.text("公民身份证号*", 22), ExcelColumn.of("出生日期", 12), ExcelColumn.of("流动", 6));
    static final List<String> HEADERS = List.of("姓名", "公民身份证号", "出生日期", "流动");

    @TempDir
    Path dir;

    @Test
    void writtenRowsReadBackInColumnOrderWithIsoDates() throws Exception {
        Path file = write(w -> w.sheet("党员", COLUMNS)
                .row("张三", "610322199001011234", LocalDate.of(1990, 1, 1), true)
                .row(null, null, null, null)
                .row("李四", null, LocalDate.of(1985, 12, 31), false));
        List<String> read = new ArrayList<>();
        int rows = new ExcelReader(List.of("流动", "姓名", "出生日期", "公民身份证号"))
                .read(file, (n, cells) -> read.add(n + ":" + String.join("|", cells.stream().map(String::valueOf).toList())));
        assertThat(rows).isEqualTo(2);
        assertThat(read).containsExactly("2:是|张三|1990-01-01|610322199001011234", "4:否|李四|1985-12-31|null");
    }

    @Test
    void streamsAFifteenThousandRowSheet() throws Exception {
        Path file = write(w -> {
            w.sheet("党员", COLUMNS);
            for (int i = 0; i < 15_000; i++) {
                w.row("党员" + i, "61032219900101" + String.format("%04d", i % 10000), LocalDate.of(1990, 1, 1), false);
            }
        });
        int[] seen = {0};
        assertThat(new ExcelReader(HEADERS).read(file, (n, cells) -> seen[0]++)).isEqualTo(15_000);
        assertThat(seen[0]).isEqualTo(15_000);
    }

    @Test
    void namesMissingAndUnknownColumns() throws Exception {
        Path file = write(w -> w.sheet("党员", List.of(ExcelColumn.of("姓名", 10), ExcelColumn.of("年龄", 6)))
                .row("张三", 30));
        assertThatThrownBy(() -> new ExcelReader(HEADERS).read(file, (n, c) -> { }))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessageContaining("缺少列 公民身份证号、出生日期、流动").hasMessageContaining("无法识别的列 年龄");
    }

    @Test
    void rejectsAFirstRowThatIsNotTheTemplateHeader() throws Exception {
        Path file = write(w -> w.sheet("数据", List.of(ExcelColumn.of("随便", 10))).row("abc"));
        assertThatThrownBy(() -> new ExcelReader(HEADERS).check(file))
                .isInstanceOf(SpreadsheetException.class).hasMessageContaining("第一行不是模板的表头");
    }

    @Test
    void rejectsEmptySheetAndHeaderOnlySheet() throws Exception {
        Path empty = write(w -> w.sheet("空", List.of()));
        assertThatThrownBy(() -> new ExcelReader(HEADERS).check(empty)).hasMessageContaining("工作表是空的");
        Path headerOnly = write(w -> w.sheet("党员", COLUMNS));
        assertThatThrownBy(() -> new ExcelReader(HEADERS).check(headerOnly)).hasMessageContaining("没有数据行");
    }

    @Test
    void recognizesWrongFilesByTheirBytesNotTheirName() throws Exception {
        Path zeroBytes = Files.write(dir.resolve("a.xlsx"), new byte[0]);
        assertThatThrownBy(() -> new ExcelReader(HEADERS).check(zeroBytes)).hasMessageContaining("空的（0 字节）");
        Path text = Files.writeString(dir.resolve("b.xlsx"), "姓名,身份证号\n张三,1");
        assertThatThrownBy(() -> new ExcelReader(HEADERS).check(text)).hasMessageContaining("不是 Excel 工作簿");
        Path xls = Files.write(dir.resolve("c.xlsx"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        assertThatThrownBy(() -> new ExcelReader(HEADERS).check(xls)).hasMessageContaining(".xls");
        Path junkZip = Files.write(dir.resolve("d.xlsx"), new byte[]{0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThatThrownBy(() -> new ExcelReader(HEADERS).check(junkZip))
                .isInstanceOf(SpreadsheetException.class).hasMessageContaining("已损坏");
    }

    @Test
    void theCallersOwnFailureIsNotReportedAsADamagedFile() throws Exception {
        Path file = write(w -> w.sheet("党员", COLUMNS).row("张三", "1", LocalDate.of(1990, 1, 1), true));
        assertThatThrownBy(() -> new ExcelReader(HEADERS).read(file, (n, c) -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database down");
    }

    interface Content {
        void fill(ExcelWriter writer);
    }

    Path write(Content content) throws Exception {
        Path file = Files.createTempFile(dir, "sheet", ".xlsx");
        try (ExcelWriter writer = new ExcelWriter(); OutputStream out = Files.newOutputStream(file)) {
            content.fill(writer);
            writer.writeTo(out);
        }
        return file;
    }
}
