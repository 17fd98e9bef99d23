package org.jiceng.organization;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/members/{personId}")
@Tag(name = "人员", description = "党员与群众（非党员村民）名册、组织关系转接")
class PersonRecordsApiController {

    static final String FLAG_KEEPERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";

    private final PersonRecords records;

    PersonRecordsApiController(PersonRecords records) {
        this.records = records;
    }

    record FlagForm(PersonFlagKind kind, LocalDate from, LocalDate until, String note) {
    }

    record EndFlagForm(LocalDate until, Long version) {
    }

    @GetMapping("/flags")
    @PreAuthorize(PeopleController.KEEPERS)
    @Operation(summary = "人员标记（诫勉谈话、一票否决等）")
    List<PersonFlag> flags(@PathVariable long personId) {
        return records.flags(personId);
    }

    @PostMapping("/flags")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(FLAG_KEEPERS)
    @Operation(summary = "登记人员标记", description = "kind 为 ADMONISHMENT（诫勉谈话）或 VETO_FINDING（一票否决）；until 可空（仍在期内）。")
    PersonFlag recordFlag(@PathVariable long personId, @RequestBody FlagForm form) {
        return records.recordFlag(personId, form.kind(), form.from(), form.until(), form.note());
    }

    @PostMapping("/flags/{flagId}/end")
    @PreAuthorize(FLAG_KEEPERS)
    @Operation(summary = "结束人员标记", description = "须带上读取时的 version。")
    PersonFlag endFlag(@PathVariable long personId, @PathVariable long flagId, @RequestBody EndFlagForm form) {
        PersonFlag flag = records.flag(flagId);
        if (flag.personId() != personId) {
            throw org.jiceng.shared.NotFoundException.of("人员标记", flagId);
        }
        return records.endFlag(flagId, form.until(), form.version());
    }

    @GetMapping("/honours")
    @PreAuthorize("hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY', 'MEMBER')")
    @Operation(summary = "人员所获荣誉")
    List<PersonHonour> honours(@PathVariable long personId) {
        return records.honours(personId);
    }
}
