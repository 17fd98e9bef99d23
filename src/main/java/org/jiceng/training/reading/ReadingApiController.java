package org.jiceng.training.reading;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.training.TrainingRoles;
import org.jiceng.training.TrainingYears;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RestController;

/** Required readings (规定篇目) and study records as JSON: the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/training-readings")
@Tag(name = "规定篇目", description = "素质提升：规定篇目、学习记录、学习进度")
class ReadingApiController {

    private final ReadingService readings;
    private final ReadingQueries queries;
    private final TrainingYears years;
    private final OrgTree tree;
    private final DataScope scope;

    ReadingApiController(ReadingService readings, ReadingQueries queries, TrainingYears years, OrgTree tree,
                         DataScope scope) {
        this.readings = readings;
        this.queries = queries;
        this.years = years;
        this.tree = tree;
        this.scope = scope;
    }

    @PostMapping("/{readingId}/document")
    @PreAuthorize(TrainingRoles.COUNTY)
    @Operation(summary = "上传规定篇目原文", description = "列出该篇目的县委组织部上传；PDF、Word、Excel、jpg、png，10MB 以内，"
            + "按文件内容核对类型；再次上传替换原有原文。下载：GET /api/v1/training-readings/document?reading=。")
    Reading attach(@PathVariable long readingId, @RequestParam("file") MultipartFile file) throws IOException {
        return readings.attach(readingId, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY', 'MEMBER')")
    @Operation(summary = "本年度规定篇目", description = "本单位及上级县委列出的 year 年规定篇目（默认当前年度）。")
    List<Reading> list(@RequestParam(required = false) Integer year) {
        return readings.readings(year == null ? years.defaultYear() : year);
    }

    @PostMapping
    @PreAuthorize(TrainingRoles.COUNTY)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "列出规定篇目", description = "县委组织部列出；audience 为 ALL（全体党员）或 CADRES（支部书记和委员），"
            + "category 为代码表 TRAINING_CATEGORY 的代码；hours 大于0。")
    Reading create(@Valid @RequestBody ReadingForm form) {
        return readings.create(form);
    }

    @DeleteMapping("/studies")
    @PreAuthorize("hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY', 'MEMBER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤回学习记录", description = "reading 为规定篇目 id；person 为人员 id（党员撤回本人记录时省略）；"
            + "只能撤回管辖范围内人员的记录，学时随之扣除。")
    void withdraw(@RequestParam long reading, @RequestParam(required = false) Long person) {
        readings.withdrawStudy(reading, person);
    }

    @GetMapping("/{readingId}")
    @PreAuthorize(TrainingRoles.COUNTY)
    @Operation(summary = "查看规定篇目")
    Reading get(@PathVariable long readingId) {
        return readings.ownReading(readingId);
    }

    @PutMapping("/{readingId}")
    @PreAuthorize(TrainingRoles.COUNTY)
    @Operation(summary = "修改规定篇目", description = "须带上读取时的 version，他人已修改时返回 409；年度不能更改。")
    Reading update(@PathVariable long readingId, @Valid @RequestBody ReadingForm form) {
        return readings.update(readingId, form);
    }

    @PostMapping("/studies")
    @PreAuthorize(TrainingRoles.KEEPERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记学习记录", description = "personIds 为管辖范围内党籍正常的党员，或 orgId 为集中学习的组织（其应学而未登记的"
            + "党员全部登记）；学习日期不晚于今天且在篇目年度内；同一人同一篇目只登记一次；只要求支部委员学习的篇目不能登记给"
            + "其他党员；hours 为空时按篇目学时。全部通过才写入。")
    Map<String, Integer> record(@Valid @RequestBody StudyForm form) {
        return Map.of("recorded", readings.recordFor(form));
    }

    @PostMapping("/mine")
    @PreAuthorize(ReadingController.OWN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记本人学习", description = "personIds、orgId 不用填；其余规则同登记学习记录。")
    Map<String, Integer> recordMine(@Valid @RequestBody StudyForm form) {
        return Map.of("recorded", readings.recordOwn(form));
    }

    @GetMapping("/progress")
    @PreAuthorize(TrainingRoles.KEEPERS)
    @Operation(summary = "学习进度", description = "org（默认本单位）下每名党员应学、已学篇数与未学篇目。")
    List<ReadingQueries.Progress> progress(@RequestParam(required = false) Integer year,
                                           @RequestParam(required = false) Long org) {
        int y = year == null ? years.defaultYear() : year;
        long id = org == null ? scope.requireActor().orgId() : org;
        if (!scope.covers(new ObjectOwner(ScopeKind.REGISTER, id, null)) || tree.find(id).isEmpty()) {
            throw NotFoundException.of("党组织", id);
        }
        List<ReadingQueries.Progress> rows = new ArrayList<>();
        queries.forEachProgress(id, queries.bindingOn(id, y), y, rows::add);
        return rows;
    }
}
