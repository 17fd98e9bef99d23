package org.jiceng.organization;

import java.util.Arrays;
import java.util.List;

/**
 * One data row of an uploaded sheet as staged in the database: its row number as Excel shows it, its cells in
 * template column order, and what is wrong with it ("列名：问题", empty when the row is valid).
 */
public record StagedRow(int rowNumber, List<String> cells, List<String> errors) {

    private static final String CELL_SEPARATOR = "\u001F";

    public boolean valid() {
        return errors.isEmpty();
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }

    String encodedCells() {
        return String.join(CELL_SEPARATOR, cells.stream().map(c -> c == null ? "" : c).toList());
    }

    String encodedErrors() {
        return errors.isEmpty() ? null : String.join("\n", errors);
    }

    static StagedRow decode(int rowNumber, String cells, String errors) {
        List<String> values = Arrays.stream(cells.split(CELL_SEPARATOR, -1)).map(c -> c.isEmpty() ? null : c).toList();
        return new StagedRow(rowNumber, values, errors == null ? List.of() : List.of(errors.split("\n")));
    }
}
