package org.jiceng.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Appointing a member of the branch to a committee post (code of COMMITTEE_POST) from a date. */
public record AppointmentForm(
        @NotNull(message = "请选择党员") Long personId,
        @NotBlank(message = "请选择职务") String post,
        @NotNull(message = "请填写任职日期") LocalDate startedOn) {

    static AppointmentForm blank(LocalDate today) {
        return new AppointmentForm(null, null, today);
    }
}
