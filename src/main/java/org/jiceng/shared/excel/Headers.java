package org.jiceng.shared.excel;

import java.util.ArrayList;
import java.util.List;

/** Matches a sheet's header row to the expected columns and names the missing and unknown ones. */
final class Headers {

    private Headers() {
    }

    /** The position in {@code actual} of each expected column; throws naming every missing or unknown column. */
    static int[] positions(List<String> expected, List<String> actual) {
        List<String> names = actual.stream().map(Headers::clean).toList();
        int[] positions = new int[expected.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            positions[i] = names.indexOf(clean(expected.get(i)));
            if (positions[i] < 0) {
                missing.add(clean(expected.get(i)));
            }
        }
        List<String> unknown = names.stream()
                .filter(n -> n != null && expected.stream().map(Headers::clean).noneMatch(n::equals)).toList();
        if (missing.size() == expected.size()) {
            throw new SpreadsheetException("第一行不是模板的表头（应为：" + String.join("、", expected.stream()
                    .map(Headers::clean).toList()) + "），请使用下载的模板");
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            StringBuilder message = new StringBuilder("表头与模板不符：");
            if (!missing.isEmpty()) {
                message.append("缺少列 ").append(String.join("、", missing));
            }
            if (!unknown.isEmpty()) {
                message.append(missing.isEmpty() ? "" : "；").append("无法识别的列 ").append(String.join("、", unknown));
            }
            throw new SpreadsheetException(message.append("。请使用下载的模板").toString());
        }
        return positions;
    }

    private static String clean(String header) {
        if (header == null) {
            return null;
        }
        String h = header.replace("\n", "").trim();
        while (h.endsWith("*") || h.endsWith("＊")) {
            h = h.substring(0, h.length() - 1).trim();
        }
        return h;
    }
}
