package org.jiceng.organization;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.IdCardNumber;
import org.jiceng.shared.excel.ExcelWriter;

/** Member import sheets for tests and the benchmark, written with the template's columns. */
public final class ImportSheets {

    private ImportSheets() {
    }

    /** A valid row for a full member of a branch; the identity number is made unique by {@code seq}. */
    public static List<Object> member(String name, int seq, String branch) {
        LocalDate birth = LocalDate.of(1960 + seq % 40, 1 + seq % 12, 1 + seq % 28);
        String id = IdCardNumber.compose("610399", birth, 1 + (seq / 480) * 2 % 998);
        return new ArrayList<>(List.of(name, "男", "汉族", id, birth, "普通高中", "正式党员", branch,
                birth.plusYears(25), birth.plusYears(26), "农牧渔业生产人员", "13800000000", "", "", "一组", "正常", "否",
                "", "否", "", "村民", "", "", ""));
    }

    /** The same row with one column changed (by template column index). */
    public static List<Object> with(List<Object> row, int column, Object value) {
        List<Object> changed = new ArrayList<>(row);
        changed.set(column, value);
        return changed;
    }

    public static byte[] xlsx(List<List<Object>> rows) {
        try (ExcelWriter excel = new ExcelWriter(); var out = new ByteArrayOutputStream()) {
            excel.sheet("党员信息", MemberSheet.COLUMNS);
            rows.forEach(r -> excel.row(r.stream().map(v -> "".equals(v) ? null : v).toArray()));
            excel.writeTo(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
