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

/** Reserve cadres (后备干部) as JSON: the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(PeopleController.KEEPERS)
@Tag(name = "后备干部", description = "村级后备干部名单：登记、修改、移出（记录保留）")
class ReserveCadreApiController {

    private final PostService posts;
    private final PostQueries queries;
    private final CadreQueries lists;

    ReserveCadreApiController(PostService posts, PostQueries queries, CadreQueries lists) {
        this.posts = posts;
        this.queries = queries;
        this.lists = lists;
    }

    @GetMapping("/reserve-cadres")
    @Operation(summary = "查询后备干部", description = "org 的整个下级范围内的在册后备干部；q 按姓名（部分）；member=true 只看党员、false 只看群众；"
            + "sort 可为 org、name、since；分页从 1 开始。")
    PageResult<ReserveRow> list(@RequestParam(required = false) Long org, @RequestParam(required = false) String q,
                                @RequestParam(required = false) Boolean member,
                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        return lists.reserves(new ReserveFilter(org, q, member), PageQuery.of(page, size, sort, dir));
    }

    @GetMapping("/orgs/{orgId}/reserve-cadres")
    @Operation(summary = "本村后备干部", description = "在册（active=true）在前，已移出名单的记录随后。")
    List<ReserveCadre> village(@PathVariable long orgId) {
        posts.village(orgId);
        return queries.reserves(orgId);
    }

    @PostMapping("/orgs/{orgId}/reserve-cadres")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记后备干部", description = "人员须为本村登记的党员或群众；列为后备日期不晚于今天；同一人不重复在册。")
    ReserveCadre add(@PathVariable long orgId, @Valid @RequestBody ReserveForm form) {
        return posts.addReserve(orgId, form);
    }

    @GetMapping("/reserve-cadres/{reserveId}")
    @Operation(summary = "查看后备干部")
    ReserveCadre get(@PathVariable long reserveId) {
        return posts.reserve(reserveId);
    }

    @PutMapping("/reserve-cadres/{reserveId}")
    @Operation(summary = "修改后备干部", description = "须带上读取时的 version；他人已修改时返回 409。人员不能更换。")
    ReserveCadre update(@PathVariable long reserveId, @Valid @RequestBody ReserveForm form) {
        return posts.updateReserve(reserveId, form);
    }

    @PostMapping("/reserve-cadres/{reserveId}/deactivate")
    @Operation(summary = "移出后备干部名单", description = "active 置为 false，记录保留；须带上 version。")
    ReserveCadre deactivate(@PathVariable long reserveId, @Valid @RequestBody DeactivateForm form) {
        return posts.deactivateReserve(reserveId, form.version());
    }
}
