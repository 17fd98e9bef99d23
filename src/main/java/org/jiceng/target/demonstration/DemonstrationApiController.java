package org.jiceng.target.demonstration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.documents.DocumentRef;
import org.jiceng.shared.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 示范村 as JSON: the same service, scope, permissions and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(DemonstrationController.KEEPERS)
@Tag(name = "示范村", description = "乡镇或县按年度确定的示范村（类别见代码表 DEMONSTRATION_KIND），可引用依据文件")
class DemonstrationApiController {

    private final DemonstrationService service;
    private final DataScope scope;
    private final Clock clock;

    DemonstrationApiController(DemonstrationService service, DataScope scope, Clock clock) {
        this.service = service;
        this.scope = scope;
        this.clock = clock;
    }

    record DesignationView(Designation designation, List<DocumentRef> basis) {
    }

    @GetMapping("/demonstration-villages")
    @Operation(summary = "查询示范村", description = "org（默认本人所在组织）下 year 年（默认今年）确定的示范村。")
    List<Designation> list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year) {
        return service.designations(org == null ? scope.requireActor().orgId() : org,
                year == null ? LocalDate.now(clock).getYear() : year);
    }

    @PostMapping("/demonstration-villages")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(DemonstrationController.OFFICERS)
    @Operation(summary = "确定示范村", description = "villageId 为本人所在乡镇或县下的村；每村每类每年一次；namedOn 不晚于今天，"
            + "在当年或上一年；documentId 可选，为依据文件（本级或上级发文）。")
    Designation designate(@Valid @RequestBody DesignationForm form) {
        return service.designate(form);
    }

    @GetMapping("/demonstration-villages/{designationId}")
    @Operation(summary = "查看示范村", description = "含依据文件。")
    DesignationView get(@PathVariable long designationId) {
        return new DesignationView(service.designation(designationId), service.basisOf(designationId));
    }
}
