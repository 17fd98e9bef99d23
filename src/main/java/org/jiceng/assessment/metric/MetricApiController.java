package org.jiceng.assessment.metric;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.assessment.Metrics;
import org.jiceng.shared.metrics.MetricDefinition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The metrics modules publish for assessment indicators, and their figures, as JSON. */
@RestController
@RequestMapping("/api/v1/metrics")
@Tag(name = "指标数据", description = "各模块发布、可供考核指标取数的数据（班子健全、党小组数、参训率、三会一课达标率等）及其按组织、年度的数值")
@PreAuthorize(MetricController.READERS)
class MetricApiController {

    private final Metrics metrics;
    private final MetricReport report;

    MetricApiController(Metrics metrics, MetricReport report) {
        this.metrics = metrics;
        this.report = report;
    }

    @GetMapping
    @Operation(summary = "数据目录", description = "编号（code，考核指标的数据来源填此编号）、名称、类型（COUNT 数量、PERCENT 比率0–100、YES_NO 是否1/0、HOURS 学时）、适用对象。")
    List<MetricDefinition> catalogue() {
        return metrics.catalogue();
    }

    @GetMapping("/{code}")
    @Operation(summary = "某项数据的数值", description = "org（默认本人所在组织，须在本人范围内，否则404）之下适用该数据的各村党组织、乡镇党委在 year 年（默认今年）的数值；value 为 null 表示没有数值（如未订计划）。未知编号返回404。")
    MetricReport.MetricValues values(@PathVariable String code, @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) Long org) {
        return report.under(code, year, org);
    }
}
