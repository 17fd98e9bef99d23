package org.jiceng.shared.excel;

/** One column of a sheet: its Chinese header, its width in characters, and whether cells are kept as text. */
public record ExcelColumn(String header, int width, boolean text) {

    public static ExcelColumn of(String header, int width) {
        return new ExcelColumn(header, width, false);
    }

    /** A column Excel must not turn into a number (identity and phone numbers lose digits as numbers). */
    public static ExcelColumn text(String header, int width) {
        return new ExcelColumn(header, width, true);
    }
}
