package org.jiceng.incentive.pay.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A year's pay standard as the county officer edits it (page) or sends it (API). Rows with neither amount are posts
 * the county does not pay; {@code version} is the version the officer read (absent for a new year).
 */
public record PayStandardForm(
        @NotNull(message = "请填写每月发放截止日") Integer dueDay,
        @NotNull(message = "请填写在任判定日") Integer countedDay,
        @NotNull(message = "请填写绩效报酬发放月份") Integer performanceDueMonth,
        Boolean overdraftAllowed,
        @NotNull(message = "请填写乡镇每月补贴上限") BigDecimal topupLimit,
        @NotNull(message = "请填写按时足额达标比例") BigDecimal onTimeTarget,
        @Size(max = 500, message = "说明不超过500字") String note,
        List<PostRow> posts,
        List<CapRow> caps,
        List<GradeRow> grades,
        Long version) {

    public PayStandardForm {
        overdraftAllowed = Boolean.TRUE.equals(overdraftAllowed);
        posts = posts == null ? new ArrayList<>() : new ArrayList<>(posts);
        caps = caps == null ? new ArrayList<>() : new ArrayList<>(caps);
        grades = grades == null ? new ArrayList<>() : new ArrayList<>(grades);
    }

    /** A post's basic monthly and annual performance pay. */
    public record PostRow(String post, BigDecimal basicMonthly, BigDecimal performanceAnnual) {
    }

    /** A band of paid posts by village population. */
    public record CapRow(Integer minPopulation, Integer maxPaid) {
    }

    /** A grade name and the percentage of performance pay it earns. */
    public record GradeRow(String grade, BigDecimal percent) {
    }

    static PayStandardForm of(PayStandard s) {
        return new PayStandardForm(s.dueDay(), s.countedDay(), s.performanceDueMonth(), s.overdraftAllowed(),
                s.topupLimit(), s.onTimeTarget(), s.note(),
                s.posts().stream().map(p -> new PostRow(p.post(), p.basicMonthly(), p.performanceAnnual())).toList(),
                s.caps().stream().map(c -> new CapRow(c.minPopulation(), c.maxPaid())).toList(),
                s.grades().stream().map(g -> new GradeRow(g.grade(), g.percent())).toList(), s.version());
    }
}
