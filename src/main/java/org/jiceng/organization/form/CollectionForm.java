package org.jiceng.organization.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.Person;
import org.jiceng.organization.RegisterRecord;

/**
 * The national member information collection form (党员基本信息采集表) of one member: its 16 items as 19 fields
 * (item 12 is the mobile and the landline 区号 + 号码; items 15 and 16 carry 失去联系日期 and 外出流向), in the form's
 * order, followed on print by the signature lines of the member, the collector, the branch secretary and the seal of
 * the 基层党委. Its note says that where software holds the data the form is exported from it and printed: this is that
 * export.
 */
public record CollectionForm(long personId, String name, String branchName, List<FormItem> items) {

    /** Who signs the printed form, in the form's order; the last line carries the seal. */
    public static final List<String> SIGNATURES = List.of("党员本人签字", "信息采集员签字", "党支部书记签字",
            "基层党委（盖章）");

    /** The code lists the form's labels come from, read once for a batch of forms. */
    public record Labels(Map<String, String> genders, Map<String, String> ethnicities,
                         Map<String, String> educations, Map<String, String> workPosts,
                         Map<String, String> statuses) {

        public static Labels of(CodeLists codes) {
            return new Labels(codes.labels(CodeLists.GENDER), codes.labels(CodeLists.ETHNICITY),
                    codes.labels(CodeLists.EDUCATION), codes.labels(CodeLists.WORK_POST),
                    codes.labels(CodeLists.MEMBERSHIP_STATUS));
        }
    }

    public static CollectionForm of(RegisterRecord record, Labels labels) {
        Person p = record.person();
        List<FormItem> items = new ArrayList<>();
        items.add(new FormItem("1", "姓名", p.name(), null));
        items.add(coded("2", "性别", labels.genders(), p.gender()));
        items.add(coded("3", "民族", labels.ethnicities(), p.ethnicity()));
        items.add(new FormItem("4", "公民身份证号", p.idNumber(), null));
        items.add(new FormItem("5", "出生日期", date(p.birthDate()), null));
        items.add(coded("6", "学历", labels.educations(), p.education()));
        items.add(new FormItem("7", "人员类别", p.politicalStatus().label(), null));
        items.add(new FormItem("8", "所在党支部", record.branchName(), null));
        items.add(new FormItem("9", "加入党组织日期", date(p.joinedOn()), null));
        items.add(new FormItem("10", "转为正式党员日期", date(p.confirmedOn()), null));
        items.add(coded("11", "工作岗位", labels.workPosts(), p.workPost()));
        items.add(new FormItem("12", "联系电话（手机）", p.phone(), null));
        items.add(new FormItem("12", "联系电话（固定电话 区号-号码）", p.landline(), null));
        items.add(new FormItem("13", "家庭住址", p.address(), null));
        items.add(coded("14", "党籍状态", labels.statuses(), p.membershipStatus()));
        items.add(new FormItem("15", "是否失联", p.lostContact() ? "是" : "否", null));
        items.add(new FormItem("15", "失去联系日期", date(p.lostContactOn()), null));
        items.add(new FormItem("16", "是否流动党员", p.migrant() ? "是" : "否", null));
        items.add(new FormItem("16", "外出流向", p.migrantDestination(), null));
        return new CollectionForm(p.id(), p.name(), record.branchName(), List.copyOf(items));
    }

    private static FormItem coded(String number, String label, Map<String, String> labels, String code) {
        return new FormItem(number, label, code == null ? null : labels.getOrDefault(code, code), code);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
