package org.jiceng.shared.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes .xlsx files row by row with POI's streaming workbook: only a window of rows is in memory, so an export of
 * any size uses flat memory. Each sheet gets a bold Chinese header row, column widths and a frozen header.
 * Dates are real Excel dates (yyyy-mm-dd), booleans 是/否.
 */
public final class ExcelWriter implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle text;
    private SXSSFSheet sheet;
    private int nextRow;

    public ExcelWriter() {
        workbook.setCompressTempFiles(true);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    }

    /** Starts a sheet with its header row; later rows go to this sheet. */
    public ExcelWriter sheet(String name, List<ExcelColumn> columns) {
        sheet = workbook.createSheet(name);
        nextRow = 0;
        SXSSFRow row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            ExcelColumn column = columns.get(i);
            sheet.setColumnWidth(i, Math.min(255, column.width()) * 256);
            if (column.text()) {
                sheet.setDefaultColumnStyle(i, text);
            }
            SXSSFCell cell = row.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    /** Appends a row; nulls leave the cell empty. */
    public ExcelWriter row(Object... values) {
        SXSSFRow row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            SXSSFCell cell = row.createCell(i);
            if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (value instanceof LocalDateTime t) {
                cell.setCellValue(t.toLocalDate());
                cell.setCellStyle(date);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b ? "是" : "否");
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(text);
            }
        }
        return this;
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the temporary files the streaming workbook keeps on disk. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
