package org.jiceng.assessment.target;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.assessment.AssessmentRoles;
import org.jiceng.shared.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 争创目标 as JSON: the same service, scope and rules as the pages. */
@RestController
@Tag(name = "争创目标", description = "乡镇年度争创目标（如二类及以上村达30%、“五个好”村党支部3个、指定村达标）及按评定结果实时计算的进度")
@PreAuthorize(AssessmentRoles.KEEPERS)
class TargetApiController {

    private final TargetService targets;
    private final DataScope scope;

    TargetApiController(TargetService targets, DataScope scope) {
        this.targets = targets;
        this.scope = scope;
    }

    @GetMapping("/api/v1/targets")
    @Operation(summary = "目标及进度", description = "org 下各乡镇的目标（默认本人所在组织），year 可选；current 为当前占比（%）或村数，met 是否达成，settled 结果是否已确定。")
    List<TargetProgress> list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year) {
        return targets.progress(org == null ? scope.requireActor().orgId() : org, year);
    }

    @PostMapping("/api/v1/targets")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "添加目标", description = "kind：SHARE（value 为占比%）、COUNT（value 为村数）、NAMED（named 为村组织 id）；grade 须为该方案的等次。")
    Target create(@RequestBody TargetForm form) {
        return targets.create(form);
    }

    @PutMapping("/api/v1/targets/{targetId}")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "修改目标", description = "须带 version；他人已修改返回 409。")
    Target update(@PathVariable long targetId, @RequestBody TargetForm form) {
        return targets.update(targetId, form);
    }

    @DeleteMapping("/api/v1/targets/{targetId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(AssessmentRoles.OFFICERS)
    @Operation(summary = "删除目标", description = "须带 version。")
    void delete(@PathVariable long targetId, @RequestParam Long version) {
        targets.delete(targetId, version);
    }
}
