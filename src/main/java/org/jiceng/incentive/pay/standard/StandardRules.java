package org.jiceng.incentive.pay.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.incentive.pay.Money;
import org.jiceng.incentive.pay.standard.PayStandardForm.CapRow;
import org.jiceng.incentive.pay.standard.PayStandardForm.GradeRow;
import org.jiceng.incentive.pay.standard.PayStandardForm.PostRow;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.Text;

/**
 * What a pay standard must hold before it is saved (each failure a message next to its field, nothing written):
 * <ul>
 *   <li>pay for at least one post of the register's list, each amount exact to the fen and not negative, both amounts
 *       of a paid post given;</li>
 *   <li>paid-post bands with distinct minimum populations, one of them from 0 people, each allowing 1–30 paid
 *       cadres;</li>
 *   <li>at least one grade, names distinct and at most 20 characters, each earning 0–100% (two decimals);</li>
 *   <li>a due day and a counted day of 1–28 (every month has them), a performance month of 1–12, a top-up limit
 *       in fen and not negative, an on-time target of 0–100%.</li>
 * </ul>
 */
final class StandardRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private StandardRules() {
    }

    /** @param posts code → label of the active VILLAGE_CADRE_POST items */
    static List<FieldError> check(PayStandardForm form, Map<String, String> posts) {
        List<FieldError> errors = new ArrayList<>();
        day(errors, "dueDay", "每月发放截止日", form.dueDay(), 28);
        day(errors, "countedDay", "在任判定日", form.countedDay(), 28);
        day(errors, "performanceDueMonth", "绩效报酬发放月份", form.performanceDueMonth(), 12);
        Money.check(errors, "topupLimit", "乡镇每月补贴上限", form.topupLimit(), true);
        percent(errors, "onTimeTarget", "按时足额达标比例", form.onTimeTarget());
        checkPosts(form.posts(), posts, errors);
        checkCaps(form.caps(), errors);
        checkGrades(form.grades(), errors);
        return errors;
    }

    private static void checkPosts(List<PostRow> rows, Map<String, String> posts, List<FieldError> errors) {
        int paid = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            PostRow row = rows.get(i);
            if (row == null || (row.basicMonthly() == null && row.performanceAnnual() == null)) {
                continue;
            }
            String at = "posts[" + i + "].";
            if (row.post() == null || !posts.containsKey(row.post()) || !seen.add(row.post())) {
                errors.add(new FieldError(at + "post", "请选择村干部职务（每个职务一行）"));
                continue;
            }
            String label = posts.get(row.post());
            Money.check(errors, at + "basicMonthly", label + "的月基本报酬", row.basicMonthly(), true);
            Money.check(errors, at + "performanceAnnual", label + "的年绩效报酬", row.performanceAnnual(), true);
            paid++;
        }
        if (paid == 0) {
            errors.add(new FieldError("posts", "请至少为一个职务填写报酬"));
        }
    }

    private static void checkCaps(List<CapRow> rows, List<FieldError> errors) {
        Set<Integer> mins = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            CapRow row = rows.get(i);
            if (row == null || (row.minPopulation() == null && row.maxPaid() == null)) {
                continue;
            }
            String at = "caps[" + i + "].";
            if (row.minPopulation() == null || row.minPopulation() < 0) {
                errors.add(new FieldError(at + "minPopulation", "请填写人口下限（0或以上）"));
            } else if (!mins.add(row.minPopulation())) {
                errors.add(new FieldError(at + "minPopulation", "人口下限" + row.minPopulation() + "重复"));
            }
            if (row.maxPaid() == null || row.maxPaid() < 1 || row.maxPaid() > 30) {
                errors.add(new FieldError(at + "maxPaid", "职数须在1至30之间"));
            }
        }
        if (!mins.contains(0)) {
            errors.add(new FieldError("caps", "职数档次须有一档从0人起（人口最少的村也有职数）"));
        }
    }

    private static void checkGrades(List<GradeRow> rows, List<FieldError> errors) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            GradeRow row = rows.get(i);
            if (row == null || ((row.grade() == null || row.grade().isBlank()) && row.percent() == null)) {
                continue;
            }
            String at = "grades[" + i + "].";
            String name = row.grade() == null ? "" : row.grade().strip();
            if (name.isEmpty() || name.length() > 20) {
                errors.add(new FieldError(at + "grade", "请填写等次名称（不超过20字）"));
            } else if (!names.add(name)) {
                errors.add(new FieldError(at + "grade", "等次“" + name + "”重复"));
            }
            percent(errors, at + "percent", "绩效比例", row.percent());
        }
        if (names.isEmpty()) {
            errors.add(new FieldError("grades", "请至少填写一个考核等次及其绩效比例"));
        }
    }

    private static void day(List<FieldError> errors, String field, String label, Integer value, int max) {
        if (value == null) {
            errors.add(new FieldError(field, "请填写" + label));
        } else if (value < 1 || value > max) {
            errors.add(new FieldError(field, label + "须在1至" + max + "之间"));
        }
    }

    private static void percent(List<FieldError> errors, String field, String label, BigDecimal value) {
        if (value == null) {
            errors.add(new FieldError(field, "请填写" + label));
        } else if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, label + "须在0至100之间（最多两位小数）"));
        }
    }

    /** The standard the form describes (after {@link #check} found nothing), blank rows dropped. */
    static PayStandard toStandard(Long id, long countyId, int year, PayStandardForm form, Map<String, String> posts,
                                  long version) {
        List<PayStandard.PostPay> paid = form.posts().stream()
                .filter(r -> r != null && r.post() != null && (r.basicMonthly() != null || r.performanceAnnual() != null))
                .map(r -> new PayStandard.PostPay(r.post(), posts.get(r.post()), Money.fen(r.basicMonthly()),
                        Money.fen(r.performanceAnnual())))
                .toList();
        List<PayStandard.Cap> caps = form.caps().stream()
                .filter(r -> r != null && r.minPopulation() != null && r.maxPaid() != null)
                .map(r -> new PayStandard.Cap(r.minPopulation(), r.maxPaid()))
                .sorted(java.util.Comparator.comparingInt(PayStandard.Cap::minPopulation)).toList();
        List<PayStandard.GradeRate> grades = form.grades().stream()
                .filter(r -> r != null && r.grade() != null && !r.grade().isBlank() && r.percent() != null)
                .map(r -> new PayStandard.GradeRate(r.grade().strip(), r.percent().setScale(2))).toList();
        return new PayStandard(id, countyId, year, form.dueDay(), form.countedDay(), form.performanceDueMonth(),
                Boolean.TRUE.equals(form.overdraftAllowed()), Money.fen(form.topupLimit()), form.onTimeTarget().setScale(2),
                Text.clean(form.note()), paid, caps, grades, version);
    }
}
