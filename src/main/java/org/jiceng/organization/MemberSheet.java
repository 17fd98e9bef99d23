package org.jiceng.organization;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jiceng.shared.IdCardNumber;
import org.jiceng.shared.excel.ExcelColumn;

/**
 * The member import template's columns (the 16 items of the 党员基本信息采集表 that a spreadsheet can carry) and how a
 * row of cells becomes a {@link MemberForm}: codes may be given by label (汉族, 初中) or by code (01), dates as Excel
 * dates or yyyy-MM-dd, flags as 是/否. Problems a cell alone shows are named with the column's header.
 */
final class MemberSheet {

    static final List<ExcelColumn> COLUMNS = List.of(ExcelColumn.of("姓名*", 10), ExcelColumn.of("性别*", 6),
            ExcelColumn.of("民族*", 8), ExcelColumn.text("公民身份证号*", 22), ExcelColumn.of("出生日期", 12),
            ExcelColumn.of("学历", 14), ExcelColumn.of("人员类别", 18), ExcelColumn.of("所在党支部*", 16),
            ExcelColumn.of("政治面貌*", 10), ExcelColumn.of("加入党组织日期*", 16), ExcelColumn.of("转为正式党员日期", 16),
            ExcelColumn.of("工作岗位", 14), ExcelColumn.text("联系电话", 15), ExcelColumn.of("家庭住址", 24),
            ExcelColumn.of("党籍状态", 10), ExcelColumn.of("是否失联", 9), ExcelColumn.of("失联日期", 12),
            ExcelColumn.of("是否流动党员", 12), ExcelColumn.of("外出流向", 18));
    static final List<String> HEADERS = COLUMNS.stream().map(c -> c.header().replace("*", "")).toList();

    static final int NAME = 0, GENDER = 1, ETHNICITY = 2, ID_NUMBER = 3, BIRTH_DATE = 4, EDUCATION = 5, CATEGORY = 6,
            BRANCH = 7, STATUS = 8, JOINED = 9, CONFIRMED = 10, JOB = 11, PHONE = 12, ADDRESS = 13, MEMBERSHIP = 14,
            LOST = 15, LOST_ON = 16, MIGRANT = 17, DESTINATION = 18;

    /** Form fields (as {@link MemberRules} names them) to the column that holds them. */
    static final Map<String, Integer> FIELD_COLUMNS = Map.ofEntries(Map.entry("name", NAME),
            Map.entry("gender", GENDER), Map.entry("ethnicity", ETHNICITY), Map.entry("idNumber", ID_NUMBER),
            Map.entry("birthDate", BIRTH_DATE), Map.entry("education", EDUCATION), Map.entry("category", CATEGORY),
            Map.entry("orgId", BRANCH), Map.entry("politicalStatus", STATUS), Map.entry("joinedOn", JOINED),
            Map.entry("confirmedOn", CONFIRMED), Map.entry("job", JOB), Map.entry("phone", PHONE),
            Map.entry("address", ADDRESS), Map.entry("membershipStatus", MEMBERSHIP),
            Map.entry("lostContactOn", LOST_ON), Map.entry("migrantDestination", DESTINATION));

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("yyyy-M-d");
    private static final Pattern PHONE_FORMAT = Pattern.compile("^1\\d{10}$|^0\\d{2,3}-?\\d{7,8}$");

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
        LocalDate birth = date(cells, BIRTH_DATE, errors);
        if (birth == null && idNumber != null && IdCardNumber.isValid(idNumber)) {
            birth = IdCardNumber.birthDate(IdCardNumber.normalize(idNumber)).orElse(null);
        }
        PoliticalStatus status = PoliticalStatus.parse(required(cells, STATUS, errors));
        if (cells.get(STATUS) != null && (status == null || !status.isMember())) {
            errors.add(error(STATUS, "应为“正式党员”或“预备党员”"));
        }
        String phone = cells.get(PHONE);
        if (phone != null && !PHONE_FORMAT.matcher(phone).matches()) {
            errors.add(error(PHONE, "应为11位手机号或带区号的固定电话"));
        }
        tooLong(cells, JOB, 100, errors);
        tooLong(cells, ADDRESS, 200, errors);
        tooLong(cells, DESTINATION, 200, errors);
        String membership = cells.get(MEMBERSHIP) == null ? lookups.defaultMembershipStatus()
                : lookups.code(org.jiceng.configuration.CodeLists.MEMBERSHIP_STATUS, cells.get(MEMBERSHIP));
        MemberForm form = new MemberForm(branchId, null, name,
                lookups.code(org.jiceng.configuration.CodeLists.GENDER, required(cells, GENDER, errors)),
                lookups.code(org.jiceng.configuration.CodeLists.ETHNICITY, required(cells, ETHNICITY, errors)),
                idNumber, birth,
                lookups.code(org.jiceng.configuration.CodeLists.EDUCATION, cells.get(EDUCATION)),
                lookups.code(org.jiceng.configuration.CodeLists.PERSON_CATEGORY, cells.get(CATEGORY)),
                status == null ? cells.get(STATUS) : status.name(), date(cells, JOINED, errors),
                date(cells, CONFIRMED, errors), cells.get(JOB), phone, cells.get(ADDRESS), membership,
                flag(cells, LOST, errors), date(cells, LOST_ON, errors), flag(cells, MIGRANT, errors),
                cells.get(DESTINATION), false, null, null).normalized();
        return new Parsed(form, errors);
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
