package org.jiceng.organization;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The people register as JSON: members and villagers, the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "人员", description = "党员与群众（非党员村民）名册、组织关系转接")
class PeopleApiController {

    private final PeopleQueries queries;
    private final PeopleService people;

    PeopleApiController(PeopleQueries queries, PeopleService people) {
        this.queries = queries;
        this.people = people;
    }

    @GetMapping("/members")
    @PreAuthorize(PeopleController.KEEPERS)
    @Operation(summary = "查询党员", description = "org 的整个下级范围内按姓名（部分）、完整身份证号或手机号查询；分页从 1 开始。")
    PageResult<PersonRow> members(@RequestParam(required = false) Long org, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) String politicalStatus,
                                  @RequestParam(required = false) String membershipStatus,
                                  @RequestParam(required = false) Boolean migrant,
                                  @RequestParam(required = false) Boolean hardship,
                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                  @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        return queries.search(new PeopleFilter(org, q, PeopleFilter.Kind.MEMBERS, politicalStatus, membershipStatus,
                null, migrant, hardship, null), PageQuery.of(page, size, sort, dir));
    }

    @GetMapping("/villagers")
    @PreAuthorize(PeopleController.KEEPERS)
    @Operation(summary = "查询群众（非党员村民）")
    PageResult<PersonRow> villagers(@RequestParam(required = false) Long org, @RequestParam(required = false) String q,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return queries.search(new PeopleFilter(org, q, PeopleFilter.Kind.VILLAGERS, null, null, null, null, null, null),
                PageQuery.of(page, size, null, null));
    }

    @GetMapping({"/members/{personId}", "/villagers/{personId}"})
    @PreAuthorize("hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY', 'MEMBER')")
    @Operation(summary = "查看人员档案", description = "党员本人只能查看自己的档案。")
    Person get(@PathVariable long personId) {
        return people.get(personId);
    }

    @PostMapping({"/members", "/villagers"})
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PeopleController.KEEPERS)
    @Operation(summary = "登记人员", description = "politicalStatus 为 FULL（正式党员）、PROBATIONARY（预备党员）或 NONE（群众）。")
    Person create(@Valid @RequestBody MemberForm form) {
        return people.create(form);
    }

    @PutMapping({"/members/{personId}", "/villagers/{personId}"})
    @PreAuthorize(PeopleController.KEEPERS)
    @Operation(summary = "修改人员档案", description = "须带上读取时的 version；他人已修改时返回 409。")
    Person update(@PathVariable long personId, @Valid @RequestBody MemberForm form) {
        return people.update(personId, form);
    }

    @GetMapping("/members/{personId}/transfers")
    @PreAuthorize("hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY', 'MEMBER')")
    @Operation(summary = "组织关系转接记录")
    List<Transfer> transfers(@PathVariable long personId) {
        return people.transfers(personId);
    }

    @PostMapping("/members/{personId}/transfers")
    @PreAuthorize(PeopleController.KEEPERS)
    @Operation(summary = "组织关系转接", description = "把党员转入管辖范围内的另一个党支部，并保留转接记录。")
    Person transfer(@PathVariable long personId, @Valid @RequestBody TransferForm form) {
        return people.transfer(personId, form);
    }
}
