package org.jiceng.training.course;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.training.TrainingRoles;
import org.jiceng.training.TrainingYears;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** County courses (调训) as JSON: the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/training-courses")
@PreAuthorize(CourseController.OFFICERS)
@Tag(name = "调训", description = "素质提升：县委调训、选调学员、结业登记")
class CourseApiController {

    private final CourseService courses;
    private final CourseParticipantService participants;
    private final TrainingYears years;

    CourseApiController(CourseService courses, CourseParticipantService participants, TrainingYears years) {
        this.courses = courses;
        this.participants = participants;
        this.years = years;
    }

    record Selection(@NotNull(message = "请选择调训") Long courseId, List<Long> personIds) {
    }

    record Completion(@NotNull(message = "请选择调训") Long courseId, @NotNull(message = "请选择人员") Long personId,
                      boolean completed, String reason) {
    }

    record CourseDetail(Course course, List<CourseParticipantService.Participant> participants) {
    }

    @GetMapping
    @Operation(summary = "本年度调训", description = "本县（乡镇看上级县委）举办的 year 年调训。")
    List<Course> list(@RequestParam(required = false) Integer year) {
        return courses.courses(year == null ? years.defaultYear() : year);
    }

    @PostMapping
    @PreAuthorize(TrainingRoles.COUNTY)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开设调训", description = "县委组织部开设；作为方式为上级调训的培训登记。quotas 为乡镇组织 id → 名额（可选），合计不超过 seats。")
    Course create(@Valid @RequestBody CourseForm form) {
        return courses.create(form);
    }

    @PutMapping
    @PreAuthorize(TrainingRoles.COUNTY)
    @Operation(summary = "修改调训", description = "举办调训的县委组织部修改；须带上读取时的 version，他人已修改时返回 409。"
            + "名额及各乡镇名额不能少于已选调人数；已登记结业情况后结束日期不能晚于今天；学时改变时已结业人员的学时随之改变。")
    Course update(@RequestParam long course, @Valid @RequestBody CourseForm form) {
        return courses.update(course, form);
    }

    @GetMapping("/detail")
    @Operation(summary = "查看调训及选调人员", description = "乡镇只看到本乡镇的人员。")
    CourseDetail get(@RequestParam long course) {
        return new CourseDetail(courses.course(course), participants.participants(course));
    }

    @GetMapping("/candidates")
    @Operation(summary = "可选调的支部书记", description = "管辖范围内在任的党支部书记及其本年度已获学时。")
    List<CourseParticipantService.Candidate> candidates(@RequestParam long course) {
        return participants.candidates(course);
    }

    @PostMapping("/selection")
    @Operation(summary = "选调学员", description = "不超过总名额；乡镇不超过本乡镇名额；同一人只选一次。")
    Course select(@Valid @RequestBody Selection selection) {
        return participants.select(selection.courseId(), selection.personIds());
    }

    @DeleteMapping("/selection")
    @Operation(summary = "取消选调", description = "结业情况登记前可取消：举办调训的县委，或名册中有此人的乡镇。")
    Course deselect(@RequestParam long course, @RequestParam long person) {
        return participants.deselect(course, person);
    }

    @PostMapping("/completion")
    @PreAuthorize(TrainingRoles.COUNTY)
    @Operation(summary = "登记结业", description = "调训结束后登记：completed=true 结业并计入学时；false 为未结业，须填 reason，不计学时。")
    Course complete(@Valid @RequestBody Completion completion) {
        return participants.complete(completion.courseId(), completion.personId(), completion.completed(),
                completion.reason());
    }
}
