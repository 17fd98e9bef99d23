package org.jiceng.organization;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizations under an org as .xlsx with the national organization data: 党组织代码, 上级党组织, 成立 and 批准建立
 * dates, 组建方式 and the unit each is built in (名称, 类别, 统一社会信用代码, 建立党组织情况), codes beside their labels;
 * in tree order, within the user's scope.
 */
@Component
@Transactional(readOnly = true)
class OrgExport {

    private static final List<ExcelColumn> COLUMNS = List.of(ExcelColumn.of("党组织名称", 30), ExcelColumn.of("简称", 14),
            ExcelColumn.of("类型", 10), ExcelColumn.of("上级党组织", 26), ExcelColumn.text("党组织代码", 20),
            ExcelColumn.text("编码", 16), ExcelColumn.of("成立日期", 12), ExcelColumn.of("批准建立日期", 12),
            ExcelColumn.of("组建方式", 12), ExcelColumn.text("组建方式代码", 8), ExcelColumn.of("单位名称", 26),
            ExcelColumn.of("单位类别", 14), ExcelColumn.text("单位类别代码", 8), ExcelColumn.text("单位代码", 22),
            ExcelColumn.of("单位建立党组织情况", 16), ExcelColumn.text("建立党组织情况代码", 8),
            ExcelColumn.text("联系电话", 15), ExcelColumn.of("地址", 30));

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final DataScope scope;

    OrgExport(JdbcClient jdbc, CodeLists codes, DataScope scope) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.scope = scope;
    }

    void write(long orgId, OutputStream out) {
        Map<String, String> formations = codes.labels(CodeLists.ORG_FORMATION);
        Map<String, String> categories = codes.labels(CodeLists.ORG_UNIT_CATEGORY);
        Map<String, String> statuses = codes.labels(CodeLists.ORG_UNIT_PARTY_STATUS);
        ScopedSql scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "o.id", null);
        try (ExcelWriter excel = new ExcelWriter()) {
            excel.sheet("党组织", COLUMNS);
            jdbc.sql("SELECT o.*, p.name AS parent_name FROM orgs o" + ScopedSql.joinUnder("o.id", "orgId")
                            + " LEFT JOIN orgs p ON p.id = o.parent_id WHERE " + scoped.predicate()
                            + " ORDER BY o.depth, o.parent_id, o.sort_order, o.id")
                    .params(scoped.params()).param("orgId", orgId)
                    .query(rs -> {
                        String formation = rs.getString("formation");
                        String category = rs.getString("unit_category");
                        String status = rs.getString("unit_party_status");
                        excel.row(rs.getString("name"), rs.getString("short_name"),
                                OrgType.valueOf(rs.getString("org_type")).label(), rs.getString("parent_name"),
                                rs.getString("party_code"), rs.getString("code"),
                                rs.getObject("founded_on", LocalDate.class), rs.getObject("approved_on", LocalDate.class),
                                label(formations, formation), formation, rs.getString("unit_name"),
                                label(categories, category), category, rs.getString("unit_code"),
                                label(statuses, status), status, rs.getString("phone"), rs.getString("address"));
                    });
            excel.writeTo(out);
        }
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? null : labels.getOrDefault(code, code);
    }
}
