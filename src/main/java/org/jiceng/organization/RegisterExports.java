package org.jiceng.organization;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's lists as .xlsx: the same queries, data scope, filters, sort and masking as the lists on screen,
 * streamed row by row (database cursor → streaming workbook), so an export of any size uses flat memory.
 */
@Component
@Transactional(readOnly = true)
class RegisterExports {

    private static final List<ExcelColumn> VILLAGERS = List.of(ExcelColumn.of("姓名", 10), ExcelColumn.of("性别", 6),
            ExcelColumn.of("出生日期", 12), ExcelColumn.text("公民身份证号", 22), ExcelColumn.text("联系电话", 15),
            ExcelColumn.of("学历", 12), ExcelColumn.of("乡镇", 12), ExcelColumn.of("村", 16));
    private static final List<ExcelColumn> CADRES = List.of(ExcelColumn.of("乡镇", 12), ExcelColumn.of("村", 16),
            ExcelColumn.of("姓名", 10), ExcelColumn.of("职务", 16), ExcelColumn.of("性别", 6),
            ExcelColumn.of("出生日期", 12), ExcelColumn.of("政治面貌", 10), ExcelColumn.of("学历", 12),
            ExcelColumn.text("联系电话", 15), ExcelColumn.of("任期开始", 12), ExcelColumn.of("任期结束", 12),
            ExcelColumn.of("一肩挑", 8), ExcelColumn.of("职数内", 8));
    private static final List<ExcelColumn> RESERVES = List.of(ExcelColumn.of("乡镇", 12), ExcelColumn.of("村", 16),
            ExcelColumn.of("姓名", 10), ExcelColumn.of("性别", 6), ExcelColumn.of("出生日期", 12),
            ExcelColumn.of("政治面貌", 10), ExcelColumn.of("学历", 12), ExcelColumn.text("联系电话", 15),
            ExcelColumn.of("列为后备日期", 14), ExcelColumn.of("培养方向", 16), ExcelColumn.of("备注", 24));

    private final PeopleQueries people;
    private final CadreQueries cadres;
    private final CodeLists codes;

    RegisterExports(PeopleQueries people, CadreQueries cadres, CodeLists codes) {
        this.people = people;
        this.cadres = cadres;
        this.codes = codes;
    }

    void people(PeopleFilter filter, String sort, boolean descending, OutputStream out) {
        boolean villagers = filter.kindOrMembers() == PeopleFilter.Kind.VILLAGERS;
        if (!villagers) {
            members(filter, sort, descending, out);
            return;
        }
        try (ExcelWriter excel = new ExcelWriter()) {
            excel.sheet("群众", VILLAGERS);
            people.forEach(filter, sort, descending, p -> excel.row(p.name(), p.gender(), p.birthDate(), p.idNumber(),
                    p.phone(), p.education(), p.parentOrgName(), p.orgName()));
            excel.writeTo(out);
        }
    }

    /**
     * Members with every field of the national form, in the import template's columns (names and codes), so an
     * export re-imports unchanged; 所在党支部 is the branch's full name.
     */
    private void members(PeopleFilter filter, String sort, boolean descending, OutputStream out) {
        Map<String, String> genders = codes.labels(CodeLists.GENDER);
        Map<String, String> ethnicities = codes.labels(CodeLists.ETHNICITY);
        Map<String, String> educations = codes.labels(CodeLists.EDUCATION);
        Map<String, String> workPosts = codes.labels(CodeLists.WORK_POST);
        Map<String, String> statuses = codes.labels(CodeLists.MEMBERSHIP_STATUS);
        try (ExcelWriter excel = new ExcelWriter()) {
            excel.sheet("党员信息", MemberSheet.COLUMNS);
            people.forEachRecord(filter, sort, descending, true, r -> {
                Person p = r.person();
                excel.row(p.name(), genders.get(p.gender()), ethnicities.get(p.ethnicity()), p.idNumber(),
                        p.birthDate(), label(educations, p.education()), p.politicalStatus().label(), r.branchName(),
                        p.joinedOn(), p.confirmedOn(), label(workPosts, p.workPost()), p.phone(), p.landlineArea(),
                        p.landlineNumber(), p.address(), label(statuses, p.membershipStatus()), p.lostContact(),
                        p.lostContactOn(), p.migrant(), p.migrantDestination(), p.job(), p.ethnicity(),
                        p.education(), p.workPost());
            });
            excel.writeTo(out);
        }
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? null : labels.getOrDefault(code, code);
    }

    void cadres(CadreFilter filter, String sort, boolean descending, OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter()) {
            excel.sheet("村干部", CADRES);
            cadres.forEachCadre(filter, sort, descending, c -> excel.row(c.parentOrgName(), c.orgName(),
                    c.personName(), c.postLabel(), c.gender(), c.birthDate(), c.politicalStatus(), c.education(),
                    c.phone(), c.termStart(), c.termEnd(), c.concurrentHead(), c.paid()));
            excel.writeTo(out);
        }
    }

    void reserves(ReserveFilter filter, String sort, boolean descending, OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter()) {
            excel.sheet("后备干部", RESERVES);
            cadres.forEachReserve(filter, sort, descending, r -> excel.row(r.parentOrgName(), r.orgName(),
                    r.personName(), r.gender(), r.birthDate(), r.politicalStatus(), r.education(), r.phone(),
                    r.since(), r.targetPost(), r.note()));
            excel.writeTo(out);
        }
    }
}
