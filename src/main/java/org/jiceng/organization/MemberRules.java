package org.jiceng.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.IdCardNumber;
import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * The rules a person's record must satisfy, shared by the form, the API and the spreadsheet import:
 * <ul>
 * <li>members carry a valid identity number (GB 11643 check character) whose birth date and gender agree with the
 * record; villagers may omit it;</li>
 * <li>a member joined (入党) at 18 or older (党章 art. 1), a full member has a 转正 date not before the end of the
 * one-year probation (党章 art. 7: 预备期为一年, which may be extended, never shortened), a probationary member has
 * none; villagers have neither;</li>
 * <li>a landline carries its area code (the national form's 固定电话: 区号 + 号码), the mobile is separate;</li>
 * <li>dates are not in the future; lost contact needs its date, a migrant member needs the destination (外出流向);</li>
 * <li>codes come from the code lists.</li>
 * </ul>
 */
final class MemberRules {

    static final int MINIMUM_JOINING_AGE = 18;

    private MemberRules() {
    }

    /** Checks a normalized form; {@code codes} answers whether a code is valid in a list. */
    static List<FieldError> check(MemberForm form, BiPredicate<String, String> codes, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        PoliticalStatus status = PoliticalStatus.parse(form.politicalStatus());
        if (status == null) {
            errors.add(new FieldError("politicalStatus", "政治面貌应为正式党员、预备党员或群众"));
        }
        checkCode(errors, codes, CodeLists.GENDER, form.gender(), "gender", "性别");
        checkCode(errors, codes, CodeLists.ETHNICITY, form.ethnicity(), "ethnicity", "民族");
        if (form.education() != null) {
            checkCode(errors, codes, CodeLists.EDUCATION, form.education(), "education", "学历");
        }
        if (form.workPost() != null) {
            checkCode(errors, codes, CodeLists.WORK_POST, form.workPost(), "workPost", "工作岗位");
        }
        if (form.landlineNumber() != null && form.landlineArea() == null) {
            errors.add(new FieldError("landlineArea", "固定电话请填写区号"));
        } else if (form.landlineArea() != null && form.landlineNumber() == null) {
            errors.add(new FieldError("landlineNumber", "请填写固定电话号码（或清空区号）"));
        }
        boolean member = status != null && status.isMember();
        checkIdNumber(errors, form, member);
        checkDates(errors, form, status, today);
        if (member) {
            if (form.membershipStatus() == null) {
                errors.add(new FieldError("membershipStatus", "请选择党籍状态"));
            } else {
                checkCode(errors, codes, CodeLists.MEMBERSHIP_STATUS, form.membershipStatus(), "membershipStatus", "党籍状态");
            }
        }
        if (form.isLostContact() && form.lostContactOn() == null) {
            errors.add(new FieldError("lostContactOn", "失联党员请填写失联日期"));
        }
        if (form.isMigrant() && form.migrantDestination() == null) {
            errors.add(new FieldError("migrantDestination", "流动党员请填写外出流向"));
        }
        return errors;
    }

    private static void checkIdNumber(List<FieldError> errors, MemberForm form, boolean member) {
        if (form.idNumber() == null) {
            if (member) {
                errors.add(new FieldError("idNumber", "党员须填写公民身份证号"));
            }
            return;
        }
        var problem = IdCardNumber.problem(form.idNumber());
        if (problem.isPresent()) {
            errors.add(new FieldError("idNumber", problem.get()));
            return;
        }
        if (form.birthDate() != null && !IdCardNumber.birthDate(form.idNumber()).orElseThrow().equals(form.birthDate())) {
            errors.add(new FieldError("birthDate", "出生日期与身份证号不一致"));
        }
        if (form.gender() != null && !IdCardNumber.genderCode(form.idNumber()).equals(form.gender())) {
            errors.add(new FieldError("gender", "性别与身份证号不一致"));
        }
    }

    private static void checkDates(List<FieldError> errors, MemberForm form, PoliticalStatus status, LocalDate today) {
        notInFuture(errors, form.birthDate(), "birthDate", "出生日期", today);
        notInFuture(errors, form.joinedOn(), "joinedOn", "入党日期", today);
        notInFuture(errors, form.confirmedOn(), "confirmedOn", "转正日期", today);
        notInFuture(errors, form.lostContactOn(), "lostContactOn", "失联日期", today);
        if (status == null) {
            return;
        }
        if (!status.isMember()) {
            if (form.joinedOn() != null) {
                errors.add(new FieldError("joinedOn", "群众不应填写入党日期"));
            }
            if (form.confirmedOn() != null) {
                errors.add(new FieldError("confirmedOn", "群众不应填写转正日期"));
            }
            return;
        }
        if (form.joinedOn() == null) {
            errors.add(new FieldError("joinedOn", "请填写加入党组织日期"));
        } else if (form.birthDate() != null
                && form.joinedOn().isBefore(form.birthDate().plusYears(MINIMUM_JOINING_AGE))) {
            errors.add(new FieldError("joinedOn", "入党时应年满十八岁"));
        }
        if (status == PoliticalStatus.PROBATIONARY && form.confirmedOn() != null) {
            errors.add(new FieldError("confirmedOn", "预备党员不应填写转正日期"));
        }
        if (status == PoliticalStatus.FULL) {
            if (form.confirmedOn() == null) {
                errors.add(new FieldError("confirmedOn", "正式党员请填写转为正式党员日期"));
            } else if (form.joinedOn() != null && form.joinedOn().isAfter(form.confirmedOn())) {
                errors.add(new FieldError("confirmedOn", "入党日期不能晚于转正日期"));
            } else if (form.joinedOn() != null && form.confirmedOn().isBefore(probationEnds(form.joinedOn()))) {
                errors.add(new FieldError("confirmedOn", "转正日期不能早于预备期满（入党一年后，即 "
                        + probationEnds(form.joinedOn()) + "）"));
            }
        }
    }

    /** The first day a probationary member who joined on {@code joinedOn} can become a full member. */
    static LocalDate probationEnds(LocalDate joinedOn) {
        return joinedOn.plusYears(1);
    }

    private static void notInFuture(List<FieldError> errors, LocalDate date, String field, String label, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(field, label + "不能晚于今天"));
        }
    }

    private static void checkCode(List<FieldError> errors, BiPredicate<String, String> codes, String list, String code,
                                  String field, String label) {
        if (code == null || !codes.test(list, code)) {
            errors.add(new FieldError(field, "请选择有效的" + label));
        }
    }
}
