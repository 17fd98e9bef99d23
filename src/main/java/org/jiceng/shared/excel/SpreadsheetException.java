package org.jiceng.shared.excel;

/**
 * A file that cannot be read as the expected spreadsheet: not an .xlsx, empty, junk, or without the template's
 * columns. The message is written for the user (Chinese) and says what to fix.
 */
public class SpreadsheetException extends RuntimeException {

    public SpreadsheetException(String message) {
        super(message);
    }

    public SpreadsheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
