package org.jiceng.incentive.pay.grade;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.incentive.pay.PayRoles;
import org.jiceng.shared.DataScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cadre grades as JSON: the same service, roles and rules as the grade sheet. */
@RestController
@Tag(name = "村干部考核等次", description = "乡镇录入本乡镇职数内村干部的年度考核等次（等次名称取自当年报酬标准），年度绩效报酬按等次比例计算")
@PreAuthorize(PayRoles.READERS)
class CadreGradeApiController {

    private final CadreGradeService grades;
    private final DataScope scope;

    CadreGradeApiController(CadreGradeService grades, DataScope scope) {
        this.grades = grades;
        this.scope = scope;
    }

    @GetMapping("/api/v1/pay/grades")
    @Operation(summary = "年度考核等次表", description = "org 为乡镇（默认本人所在乡镇）：该年度在任的职数内村干部及已录入的等次（grade 为空表示未录入）。")
    List<GradeRow> sheet(@RequestParam(required = false) Long org, @RequestParam int year) {
        return grades.sheet(org == null ? scope.requireActor().orgId() : org, year);
    }

    @PutMapping("/api/v1/pay/grades")
    @PreAuthorize(PayRoles.TOWNSHIP)
    @Operation(summary = "录入考核等次", description = "仅乡镇组织委员；rows 为 personId、grade、version（已录入的等次读取时的版本，未录入为空）；grade 为空的行不变。")
    List<GradeRow> save(@RequestParam(required = false) Long org, @RequestParam int year,
                        @RequestBody GradeForm form) {
        return grades.save(org == null ? scope.requireActor().orgId() : org, year, form);
    }
}
