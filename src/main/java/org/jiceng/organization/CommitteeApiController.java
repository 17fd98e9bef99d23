package org.jiceng.organization;

import jakarta.validation.Valid;

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

/** The branch committee as JSON: the same service, scope and rules as the committee page. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(PeopleController.KEEPERS)
@Tag(name = "支部委员会", description = "党支部/党总支委员会职务的任命、免职与历任记录")
class CommitteeApiController {

    private final PostService posts;
    private final PostQueries queries;

    CommitteeApiController(PostService posts, PostQueries queries) {
        this.posts = posts;
        this.queries = queries;
    }

    @GetMapping("/orgs/{orgId}/committee")
    @Operation(summary = "支部委员会", description = "现任支部委员、历任（已离任）记录、正式党员人数，以及按支部工作条例给出的职数提示（sizingHint）。")
    CommitteeView committee(@PathVariable long orgId) {
        OrgSummary org = posts.village(orgId);
        return CommitteeView.of(org, queries.committee(orgId), queries.fullMembers(orgId));
    }

    @PostMapping("/orgs/{orgId}/committee")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "任命支部委员", description = "post 为代码表 COMMITTEE_POST 的代码（01 书记）。只能任命本支部正式党员，一人只任一职；"
            + "任命新书记时，现任书记的职务于新书记任职日期前一天终止（predecessorEnded）。日期不能晚于今天。")
    Appointment appoint(@PathVariable long orgId, @Valid @RequestBody AppointmentForm form) {
        return posts.appoint(orgId, form);
    }

    @GetMapping("/committee-posts/{postId}")
    @Operation(summary = "查看支部委员会职务")
    CommitteePost post(@PathVariable long postId) {
        return posts.committeePost(postId);
    }

    @PostMapping("/committee-posts/{postId}/end")
    @Operation(summary = "免去支部委员会职务", description = "须带上读取时的 version，他人已修改时返回 409；离任日期不早于任职日期、不晚于今天。记录保留为历任。")
    CommitteePost end(@PathVariable long postId, @Valid @RequestBody EndForm form) {
        return posts.endPost(postId, form);
    }
}
