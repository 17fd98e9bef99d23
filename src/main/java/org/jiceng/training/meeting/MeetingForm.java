package org.jiceng.training.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A meeting as the secretary records it: type, dates, topic, who chaired and recorded, attendance, decisions. */
public record MeetingForm(@NotNull(message = "请选择党支部") Long orgId,
                          @NotBlank(message = "请选择会议类型") String type,
                          @NotNull(message = "请填写召开日期") LocalDate heldOn,
                          LocalDate plannedOn,
                          @NotBlank(message = "请填写会议主题") @Size(max = 200, message = "主题不超过200字") String topic,
                          @Size(max = 50, message = "不超过50字") String chair,
                          @Size(max = 50, message = "不超过50字") String recorder,
                          @NotNull(message = "请填写应到人数") @Min(value = 1, message = "应到人数至少为1") Integer expected,
                          @NotNull(message = "请填写实到人数") @Min(value = 0, message = "实到人数不能为负") Integer present,
                          @Size(max = 1000, message = "不超过1000字") String absences,
                          @Size(max = 2000, message = "不超过2000字") String decisions,
                          Long version) {

    static MeetingForm blank(long orgId, LocalDate today, int members) {
        return new MeetingForm(orgId, null, today, null, null, null, null, members, null, null, null, null);
    }

    static MeetingForm of(Meeting m) {
        return new MeetingForm(m.orgId(), m.type(), m.heldOn(), m.plannedOn(), m.topic(), m.chair(), m.recorder(),
                m.expected(), m.present(), m.absences(), m.decisions(), m.version());
    }
}
