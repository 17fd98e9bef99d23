package org.jiceng.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * Checks the rows of one uploaded sheet, in order: the branch named must lie under the import's org, codes must be in
 * the code lists, the record must satisfy {@link MemberRules} (GB 11643 identity number, 入党 before 转正, age at
 * joining …), and an identity number may appear only once in the file. Whether a number is already registered is
 * checked per batch by the job. Each problem is reported against its column.
 */
final class ImportRowCheck {

    private static final Map<Integer, String> CODE_COLUMNS = Map.of(MemberSheet.GENDER, CodeLists.GENDER,
            MemberSheet.ETHNICITY, CodeLists.ETHNICITY, MemberSheet.EDUCATION, CodeLists.EDUCATION,
            MemberSheet.WORK_POST, CodeLists.WORK_POST, MemberSheet.MEMBERSHIP, CodeLists.MEMBERSHIP_STATUS,
            MemberSheet.ETHNICITY_CODE, CodeLists.ETHNICITY, MemberSheet.EDUCATION_CODE, CodeLists.EDUCATION,
            MemberSheet.WORK_POST_CODE, CodeLists.WORK_POST);

    private final ImportLookups lookups;
    private final LocalDate today;
    private final Map<String, Integer> seenIdNumbers = new HashMap<>();

    ImportRowCheck(ImportLookups lookups, LocalDate today) {
        this.lookups = lookups;
        this.today = today;
    }

    /** The row's form (for the commit) and its errors. */
    MemberSheet.Parsed check(int rowNumber, List<String> cells) {
        List<String> errors = new ArrayList<>();
        Long branch = branch(cells.get(MemberSheet.BRANCH), errors);
        MemberSheet.Parsed parsed = MemberSheet.parse(cells, branch, lookups);
        errors.addAll(parsed.errors());
        MemberForm form = parsed.form();
        CODE_COLUMNS.forEach((column, list) -> {
            String text = cells.get(column);
            boolean codeColumn = MemberSheet.CODE_OF.containsValue(column);
            if (text != null && !lookups.isCode(list, codeColumn ? text : lookups.code(list, text))) {
                errors.add(MemberSheet.error(column, "“" + text + "”不在代码表中（见模板“填写说明”）"));
            }
        });
        Set<String> flagged = new java.util.HashSet<>();
        errors.forEach(e -> flagged.add(e.substring(0, e.indexOf('：'))));
        for (FieldError rule : MemberRules.check(form, lookups::isCode, today)) {
            Integer column = MemberSheet.FIELD_COLUMNS.get(rule.field());
            String header = column == null ? null : MemberSheet.HEADERS.get(column);
            if (header != null && !flagged.contains(header)) {
                errors.add(header + "：" + rule.message());
                flagged.add(header);
            }
        }
        if (form.idNumber() != null) {
            Integer first = seenIdNumbers.putIfAbsent(form.idNumber(), rowNumber);
            if (first != null) {
                errors.add(MemberSheet.error(MemberSheet.ID_NUMBER, "与第 " + first + " 行重复"));
            }
        }
        return new MemberSheet.Parsed(form, errors);
    }

    private Long branch(String text, List<String> errors) {
        if (text == null) {
            if (lookups.ownBranch() == null) {
                errors.add(MemberSheet.error(MemberSheet.BRANCH, "必填，不能为空"));
            }
            return lookups.ownBranch();
        }
        return lookups.branch(text).orElseGet(() -> {
            errors.add(MemberSheet.error(MemberSheet.BRANCH, lookups.isAmbiguous(text)
                    ? "“" + text + "”有重名，请填写组织编码或党组织全称"
                    : "“" + text + "”不是所选组织下的党支部"));
            return null;
        });
    }
}
