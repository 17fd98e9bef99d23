package org.jiceng.organization;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.IdCardNumber;
import org.jiceng.shared.excel.ExcelColumn;

/**
 * The member import template's columns (the 19 fields of the 党员基本信息采集表) and how a row of cells becomes a
 * {@link MemberForm}: codes may be given by label (汉族, 初中), by code (01) or in the code column, dates as Excel
 * dates or yyyy-MM-dd, flags as 是/否. Problems a cell alone shows are named with the column's header.
 */
final class MemberSheet {

    /**
     * The national form's 19 fields in its order (人员类别 is 正式党员/预备党员; 固定电话 is 区号 + 号码), then the free-text
     * 工作单位及职务 and the codes of the coded columns. The register export writes the same columns, so an export
     * re-imports unchanged.
     */
    static final List<ExcelColumn> COLUMNS = List.of(ExcelColumn.of("姓名*", 10), ExcelColumn.of("性别*", 6),
            ExcelColumn.of("民族*", 8), ExcelColumn.text("公民身份证号*", 22), ExcelColumn.of("出生日期", 12),
            ExcelColumn.of("学历", 14), ExcelColumn.of("人员类别*", 10), ExcelColumn.of("所在党支部*", 16),
            ExcelColumn.of("加入党组织日期*", 16), ExcelColumn.of("转为正式党员日期", 16), ExcelColumn.of("工作岗位", 18),
            ExcelColumn.text("手机号码", 14), ExcelColumn.text("固定电话区号", 8), ExcelColumn.text("固定电话号码", 12),
            ExcelColumn.of("家庭住址", 24), ExcelColumn.of("党籍状态", 10), ExcelColumn.of("是否失联", 9),
            ExcelColumn.of("失去联系日期", 12), ExcelColumn.of("是否流动党员", 12), ExcelColumn.of("外出流向", 18),
            ExcelColumn.of("工作单位及职务", 16), ExcelColumn.text("民族代码", 8), ExcelColumn.text("学历代码", 8),
            ExcelColumn.text("工作岗位代码", 10));
    static final List<String> HEADERS = COLUMNS.stream().map(c -> c.header().replace("*", "")).toList();

    static final int NAME = 0, GENDER = 1, ETHNICITY = 2, ID_NUMBER = 3, BIRTH_DATE = 4, EDUCATION = 5, STATUS = 6,
            BRANCH = 7, JOINED = 8, CONFIRMED = 9, WORK_POST = 10, MOBILE = 11, AREA = 12, LANDLINE = 13,
            ADDRESS = 14, MEMBERSHIP = 15, LOST = 16, LOST_ON = 17, MIGRANT = 18, DESTINATION = 19, JOB = 20,
            ETHNICITY_CODE = 21, EDUCATION_CODE = 22, WORK_POST_CODE = 23;

    /** A coded column and the column beside it that may carry its code instead. */
    static final Map<Integer, Integer> CODE_OF = Map.of(ETHNICITY, ETHNICITY_CODE, EDUCATION, EDUCATION_CODE,
            WORK_POST, WORK_POST_CODE);

    /** Form fields (as {@link MemberRules} names them) to the column that holds them. */
    static final Map<String, Integer> FIELD_COLUMNS = Map.ofEntries(Map.entry("name", NAME),
            Map.entry("gender", GENDER), Map.entry("ethnicity", ETHNICITY), Map.entry("idNumber", ID_NUMBER),
            Map.entry("birthDate", BIRTH_DATE), Map.entry("education", EDUCATION), Map.entry("workPost", WORK_POST),
            Map.entry("orgId", BRANCH), Map.entry("politicalStatus", STATUS), Map.entry("joinedOn", JOINED),
            Map.entry("confirmedOn", CONFIRMED), Map.entry("job", JOB), Map.entry("phone", MOBILE),
            Map.entry("landlineArea", AREA), Map.entry("landlineNumber", LANDLINE),
            Map.entry("address", ADDRESS), Map.entry("membershipStatus", MEMBERSHIP),
            Map.entry("lostContactOn", LOST_ON), Map.entry("migrantDestination", DESTINATION));

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("yyyy-M-d");
    private static final Pattern MOBILE_FORMAT = Pattern.compile("^1\\d{10}$");
    private static final Pattern AREA_FORMAT = Pattern.compile("^0\\d{2,3}$");
    private static final Pattern LANDLINE_FORMAT = Pattern.compile("^\\d{7,8}$");

    private MemberSheet() {
    }

    /** A row read into a form, with the problems found in its cells ("列名：问题"). */
    record Parsed(MemberForm form, List<String> errors) {
    }

    /** Reads one row's cells; {@code branchId} is the branch already resolved from the 所在党支部 cell (or null). */
    static Parsed parse(List<String> cells, Long branchId, ImportLookups lookups) {
        List<String> errors = new ArrayList<>();
        String name = required(cells, NAME, errors);
        if (name != null && name.length() > 50) {
            errors.add(error(NAME, "不能超过50个字"));
        }
        String idNumber = required(cells, ID_NUMBER, errors);
        if (cells.get(ETHNICITY) == null && cells.get(ETHNICITY_CODE) == null) {
            errors.add(error(ETHNICITY, "必填，不能为空"));
        }
        LocalDate birth = date(cells, BIRTH_DATE, errors);
        if (birth == null && idNumber != null && IdCardNumber.isValid(idNumber)) {
            birth = IdCardNumber.birthDate(IdCardNumber.normalize(idNumber)).orElse(null);
        }
        PoliticalStatus status = PoliticalStatus.parse(required(cells, STATUS, errors));
        if (cells.get(STATUS) != null && (status == null || !status.isMember())) {
            errors.add(error(STATUS, "应为“正式党员”或“预备党员”"));
        }
        matches(cells, MOBILE, MOBILE_FORMAT, "应为1开头的11位数字", errors);
        matches(cells, AREA, AREA_FORMAT, "应为0开头的3–4位数字，如 0917", errors);
        matches(cells, LANDLINE, LANDLINE_FORMAT, "应为7–8位数字（区号填在“固定电话区号”列）", errors);
        tooLong(cells, JOB, 100, errors);
        tooLong(cells, ADDRESS, 200, errors);
        tooLong(cells, DESTINATION, 200, errors);
        String membership = cells.get(MEMBERSHIP) == null ? lookups.defaultMembershipStatus()
                : lookups.code(CodeLists.MEMBERSHIP_STATUS, cells.get(MEMBERSHIP));
        MemberForm form = new MemberForm(branchId, null, name,
                lookups.code(CodeLists.GENDER, required(cells, GENDER, errors)),
                coded(cells, ETHNICITY, CodeLists.ETHNICITY, lookups, errors),
                idNumber, birth,
                coded(cells, EDUCATION, CodeLists.EDUCATION, lookups, errors),
                coded(cells, WORK_POST, CodeLists.WORK_POST, lookups, errors),
                status == null ? cells.get(STATUS) : status.name(), date(cells, JOINED, errors),
                date(cells, CONFIRMED, errors), cells.get(JOB), cells.get(MOBILE), cells.get(AREA),
                cells.get(LANDLINE), cells.get(ADDRESS), membership,
                flag(cells, LOST, errors), date(cells, LOST_ON, errors), flag(cells, MIGRANT, errors),
                cells.get(DESTINATION), false, null, null).normalized();
        return new Parsed(form, errors);
    }

    /**
     * A coded cell's code: from the name (or code) in its column, else from its code column; when both are filled
     * they must name the same item.
     */
    private static String coded(List<String> cells, int column, String list, ImportLookups lookups,
                                List<String> errors) {
        String byName = lookups.code(list, cells.get(column));
        String byCode = cells.get(CODE_OF.get(column));
        if (byName != null && byCode != null && lookups.isCode(list, byName) && lookups.isCode(list, byCode)
                && !byName.equals(byCode)) {
            errors.add(error(CODE_OF.get(column), "“" + byCode + "”与" + HEADERS.get(column) + "“" + cells.get(column)
                    + "”（代码 " + byName + "）不一致"));
        }
        return byName != null ? byName : byCode;
    }

    private static void matches(List<String> cells, int column, Pattern format, String problem, List<String> errors) {
        if (cells.get(column) != null && !format.matcher(cells.get(column)).matches()) {
            errors.add(error(column, problem));
        }
    }

    static String error(int column, String problem) {
        return HEADERS.get(column) + "：" + problem;
    }

    private static String required(List<String> cells, int column, List<String> errors) {
        String value = cells.get(column);
        if (value == null) {
            errors.add(error(column, "必填，不能为空"));
        }
        return value;
    }

    private static LocalDate date(List<String> cells, int column, List<String> errors) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-').replace('.', '-'), DATE);
        } catch (DateTimeParseException e) {
            errors.add(error(column, "“" + value + "”不是有效日期，请填写如 2001-07-01"));
            return null;
        }
    }

    private static Boolean flag(List<String> cells, int column, List<String> errors) {
        String value = cells.get(column);
        if (value == null || value.equals("否")) {
            return false;
        }
        if (value.equals("是")) {
            return true;
        }
        errors.add(error(column, "请填写“是”或“否”"));
        return false;
    }

    private static void tooLong(List<String> cells, int column, int max, List<String> errors) {
        if (cells.get(column) != null && cells.get(column).length() > max) {
            errors.add(error(column, "不能超过" + max + "个字"));
        }
    }
}
