package org.jiceng.assessment.scheme;

import org.jiceng.shared.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.RuleViolationException;

/**
 * Checks an edited scheme: builds the tree from the rows, runs {@link SchemeValidation}, and puts each problem on the
 * row and field it concerns ({@code indicators[3].max}, {@code bands[1].min}) so the editor shows it beside the field.
 */
public final class SchemeForms {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final Pattern BY_CODE = Pattern.compile("^indicators\\[(.*)]\\.(\\w+)$");

    private SchemeForms() {
    }

    static Scheme toScheme(SchemeForm form, Scheme before) {
        return toScheme(form, before, List.of());
    }

    /** The scheme of the form, refused with every problem of the tree, the scheme and the metric bindings given. */
    static Scheme toScheme(SchemeForm form, Scheme before, List<FieldError> bindingErrors) {
        List<FieldError> errors = new ArrayList<>();
        List<Indicator> tree = IndicatorTree.build(form.indicators(), errors);
        Scheme scheme = new Scheme(Text.clean(form.name()), before.year(), before.subject(), form.baseMax(),
                form.bonusCap() == null ? BigDecimal.ZERO : form.bonusCap(), tree,
                form.bands().stream().map(BandRow::toBand).toList());
        if (errors.isEmpty()) {
            SchemeValidation.problems(scheme).forEach(p -> errors.add(new FieldError(onRow(p.field(), form), p.message())));
        }
        errors.addAll(bindingErrors);
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        return scheme;
    }

    static void requireValid(Scheme scheme, SchemeForm form) {
        List<SchemeProblem> problems = SchemeValidation.problems(scheme);
        if (!problems.isEmpty()) {
            throw refused(problems.stream().map(p -> new FieldError(onRow(p.field(), form), p.message())).toList());
        }
    }

    public static int requireYear(Integer year) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw RuleViolationException.onField("year", "请填写" + FIRST_YEAR + "至" + LAST_YEAR + "之间的年度");
        }
        return year;
    }

    /** indicators[CODE].max → indicators[row].max, the last row carrying that code (a duplicate is the later one). */
    static String onRow(String field, SchemeForm form) {
        Matcher m = BY_CODE.matcher(field);
        if (!m.matches()) {
            return field;
        }
        for (int i = form.indicators().size() - 1; i >= 0; i--) {
            String code = form.indicators().get(i).code();
            if (code != null && code.trim().equals(m.group(1))) {
                return "indicators[" + i + "]." + m.group(2);
            }
        }
        return "indicators";
    }

    private static RuleViolationException refused(List<FieldError> errors) {
        return new RuleViolationException("方案有" + errors.size() + "处问题，未保存：" + errors.get(0).message(), errors);
    }
}
