package org.jiceng.shared.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jiceng.shared.Text;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx file row by row with POI's SAX event API: the sheet is never loaded whole, so a
 * 15,000-row file reads in flat memory. Before any row reaches the caller it checks that the file is an .xlsx (by
 * its bytes, not its name), that it is not empty, and that the first row holds the expected columns (in any order;
 * a trailing * marking a required column is ignored). Every problem is a {@link SpreadsheetException} in Chinese.
 */
public final class ExcelReader {

    /** Receives each non-blank data row: its row number as Excel shows it, and the cells in expected-column order. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int rowNumber, List<String> cells);
    }

    private final List<String> expected;

    public ExcelReader(List<String> expectedHeaders) {
        this.expected = List.copyOf(expectedHeaders);
    }

    /** Checks the file and its columns and that it has at least one data row, reading no further. */
    public void check(Path file) {
        try {
            read(file, (n, cells) -> {
                throw new StopReading();
            });
        } catch (StopReading enough) {
            // the header is right and a data row exists
        }
    }

    /** Reads every data row; answers how many there were. */
    public int read(Path file, RowHandler handler) {
        FileKind.check(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            var strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SpreadsheetException("文件中没有工作表");
            }
            Rows rows = new Rows(handler);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            rows.finish();
            return rows.dataRows;
        } catch (SpreadsheetException e) {
            throw e;
        } catch (HandlerFailure e) {
            throw e.getCause();
        } catch (Exception e) {
            throw new SpreadsheetException("文件内容已损坏，不是有效的 .xlsx 文件，请在 Excel 中重新保存后上传", e);
        }
    }

    /** Collects the cells of each row, maps the header, and hands data rows on. */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private int[] positions;
        private final List<String> cells = new ArrayList<>();
        private int rowNumber;
        private int dataRows;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            rowNumber = rowNum + 1;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int column = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, Text.clean(value));
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null)) {
                return;
            }
            if (positions == null) {
                positions = Headers.positions(expected, cells);
                return;
            }
            dataRows++;
            List<String> ordered = new ArrayList<>(positions.length);
            for (int position : positions) {
                ordered.add(position < cells.size() ? cells.get(position) : null);
            }
            try {
                handler.row(rowNumber, ordered);
            } catch (RuntimeException e) {
                throw new HandlerFailure(e);
            }
        }

        void finish() {
            if (positions == null) {
                throw new SpreadsheetException("工作表是空的：第一张工作表中没有任何内容");
            }
            if (dataRows == 0) {
                throw new SpreadsheetException("工作表只有表头，没有数据行");
            }
        }
    }

    /** Ends a read early. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Carries the caller's own failure through the parser, so it is not mistaken for a damaged file. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** Recognizes an .xlsx (a ZIP container) by its first bytes and names the usual wrong files. */
    static final class FileKind {
        private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
        private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

        static void check(Path file) {
            byte[] head = new byte[4];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, 4);
            } catch (IOException e) {
                throw new SpreadsheetException("无法读取上传的文件", e);
            }
            if (read == 0) {
                throw new SpreadsheetException("上传的文件是空的（0 字节）");
            }
            if (read == 4 && Arrays.equals(head, OLE2)) {
                throw new SpreadsheetException("这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 格式后上传");
            }
            if (read < 4 || !Arrays.equals(head, ZIP)) {
                throw new SpreadsheetException("文件不是 Excel 工作簿（.xlsx）：请使用下载的模板填写后上传");
            }
        }
    }
}
