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

/** Village cadres (村两委) as JSON: the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(PeopleController.KEEPERS)
@Tag(name = "村干部", description = "村两委及村组干部：职务、任期、一肩挑、职数内")
class CadreApiController {

    private final PostService posts;
    private final PostQueries queries;
    private final CadreQueries lists;

    CadreApiController(PostService posts, PostQueries queries, CadreQueries lists) {
        this.posts = posts;
        this.queries = queries;
        this.lists = lists;
    }

    @GetMapping("/cadres")
    @Operation(summary = "查询现任村干部", description = "org 的整个下级范围内；q 按姓名（部分）；post 为 VILLAGE_CADRE_POST 代码；"
            + "sort 可为 org、name、post、termStart，dir 为 asc/desc；分页从 1 开始。")
    PageResult<CadreRow> list(@RequestParam(required = false) Long org, @RequestParam(required = false) String q,
                              @RequestParam(required = false) String post,
                              @RequestParam(required = false) Boolean concurrentHead,
                              @RequestParam(required = false) Boolean paid,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                              @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        return lists.cadres(new CadreFilter(org, q, post, concurrentHead, paid), PageQuery.of(page, size, sort, dir));
    }

    @GetMapping("/orgs/{orgId}/cadres")
    @Operation(summary = "本村村干部", description = "现任在前（current=true），任期已结束的记录随后。")
    List<VillageCadre> village(@PathVariable long orgId) {
        posts.village(orgId);
        return queries.cadres(orgId);
    }

    @PostMapping("/orgs/{orgId}/cadres")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记村干部", description = "人员须为本村登记的党员或群众；村党组织书记、副书记及“一肩挑”须为正式党员，"
            + "“一肩挑”只能标在村党组织书记（01）或村委会主任（03）上；任期开始不晚于今天，届满不早于开始。")
    VillageCadre add(@PathVariable long orgId, @Valid @RequestBody CadreForm form) {
        return posts.addCadre(orgId, form);
    }

    @GetMapping("/cadres/{cadreId}")
    @Operation(summary = "查看村干部")
    VillageCadre get(@PathVariable long cadreId) {
        return posts.cadre(cadreId);
    }

    @PutMapping("/cadres/{cadreId}")
    @Operation(summary = "修改村干部", description = "须带上读取时的 version；他人已修改时返回 409。人员不能更换。")
    VillageCadre update(@PathVariable long cadreId, @Valid @RequestBody CadreForm form) {
        return posts.updateCadre(cadreId, form);
    }

    @PostMapping("/cadres/{cadreId}/end")
    @Operation(summary = "结束任期", description = "记录离任日期（不晚于今天），记录保留为历任；须带上 version。")
    VillageCadre end(@PathVariable long cadreId, @Valid @RequestBody EndForm form) {
        return posts.endCadre(cadreId, form);
    }
}
