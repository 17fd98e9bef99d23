package org.jiceng.organization;

import java.io.OutputStream;
import java.util.List;

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

    private static final List<ExcelColumn> PEOPLE = List.of(ExcelColumn.of("姓名", 10), ExcelColumn.of("性别", 6),
            ExcelColumn.of("出生日期", 12), ExcelColumn.text("公民身份证号", 22), ExcelColumn.text("联系电话", 15),
            ExcelColumn.of("政治面貌", 10), ExcelColumn.of("入党日期", 12), ExcelColumn.of("党籍状态", 10),
            ExcelColumn.of("学历", 12), ExcelColumn.of("乡镇", 12), ExcelColumn.of("所在党支部", 16),
            ExcelColumn.of("流动党员", 9), ExcelColumn.of("困难党员", 9), ExcelColumn.of("失联", 6));
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

    RegisterExports(PeopleQueries people, CadreQueries cadres) {
        this.people = people;
        this.cadres = cadres;
    }

    void people(PeopleFilter filter, String sort, boolean descending, OutputStream out) {
        boolean villagers = filter.kindOrMembers() == PeopleFilter.Kind.VILLAGERS;
        try (ExcelWriter excel = new ExcelWriter()) {
            excel.sheet(villagers ? "群众" : "党员", villagers ? VILLAGERS : PEOPLE);
            people.forEach(filter, sort, descending, p -> {
                if (villagers) {
                    excel.row(p.name(), p.gender(), p.birthDate(), p.idNumber(), p.phone(), p.education(),
                            p.parentOrgName(), p.orgName());
                } else {
                    excel.row(p.name(), p.gender(), p.birthDate(), p.idNumber(), p.phone(), p.politicalStatus(),
                            p.joinedOn(), p.membershipStatus(), p.education(), p.parentOrgName(), p.orgName(),
                            p.migrant(), p.hardship(), p.lostContact());
                }
            });
            excel.writeTo(out);
        }
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
