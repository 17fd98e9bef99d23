package org.jiceng.target.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * The rules of periodic summaries, without storage (research §2.11; the seed's 南指挥镇 "阶段性小结、季度小结、半年年度
 * 工作总结考核"):
 * <ul>
 *   <li>a period ends within its year and is due on or after its last day; its full marks are above 0 and at most
 *       100, to two decimals; a township sets periods for its villages only;</li>
 *   <li>an org owes a summary only for a period set by an org above it (or itself, for none) for its level;</li>
 *   <li>a summary has a text or a document; the reviewer gives points from 0 to the period's full marks.</li>
 * </ul>
 */
final class SummaryRules {

    private SummaryRules() {
    }

    static List<FieldError> checkPeriod(PeriodForm form, boolean setByTownship) {
        List<FieldError> errors = new ArrayList<>();
        if (form.periodEnd() != null && form.year() != null && form.periodEnd().getYear() != form.year()) {
            errors.add(new FieldError("periodEnd", "总结截至日期须在" + form.year() + "年内"));
        }
        if (form.periodEnd() != null && form.submitDue() != null && form.submitDue().isBefore(form.periodEnd())) {
            errors.add(new FieldError("submitDue", "报送截止日期不能早于总结截至日期（" + form.periodEnd() + "）"));
        }
        if (form.maxPoints() != null && (form.maxPoints().signum() <= 0
                || form.maxPoints().compareTo(BigDecimal.valueOf(100)) > 0 || form.maxPoints().scale() > 2)) {
            errors.add(new FieldError("maxPoints", "满分须大于0、不超过100，最多两位小数"));
        }
        if (setByTownship && form.submitters() != null && form.submitters() != Submitters.VILLAGES) {
            errors.add(new FieldError("submitters", "乡镇设定的总结只能由所辖村党组织报送"));
        }
        return errors;
    }

    /**
     * Whether an org owes the period's summary: a village branch when villages submit, a township when townships
     * do, and in either case below the org that set the period.
     */
    static boolean owes(SummaryPeriod period, boolean village, boolean township, boolean belowOwner) {
        return belowOwner && ((village && period.submitters().villages())
                || (township && period.submitters().townships()));
    }

    static List<FieldError> checkContent(String text, boolean hasFile, boolean hadFile) {
        List<FieldError> errors = new ArrayList<>();
        if ((text == null || text.isBlank()) && !hasFile && !hadFile) {
            errors.add(new FieldError("text", "请填写总结内容或上传总结文件"));
        }
        return errors;
    }

    /** The reviewer's points: given, from 0 to the period's full marks, to two decimals. */
    static List<FieldError> checkPoints(BigDecimal points, BigDecimal max) {
        List<FieldError> errors = new ArrayList<>();
        if (points == null) {
            errors.add(new FieldError("points", "审核时请评分（满分" + max.stripTrailingZeros().toPlainString() + "分）"));
        } else if (points.signum() < 0 || points.compareTo(max) > 0 || points.scale() > 2) {
            errors.add(new FieldError("points", "评分须在0至" + max.stripTrailingZeros().toPlainString()
                    + "分之间，最多两位小数"));
        }
        return errors;
    }
}
