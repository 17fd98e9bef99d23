package org.jiceng.shared.excel;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats cells as Excel shows them, except dates, which come out as yyyy-MM-dd whatever the cell's date format,
 * so readers parse one form.
 */
final class IsoDateFormatter extends DataFormatter {

    IsoDateFormatter() {
        super(java.util.Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
}
