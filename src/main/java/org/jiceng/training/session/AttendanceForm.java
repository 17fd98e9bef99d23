package org.jiceng.training.session;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * People to put on a session's list. Absent people need a reason ({@code absenceReason}); present people are
 * credited the session's hours.
 */
public record AttendanceForm(@NotEmpty(message = "请至少选择一人") @Size(max = 2000, message = "一次最多2000人") List<Long> personIds,
                             Boolean attended,
                             @Size(max = 200, message = "缺席原因不超过200字") String absenceReason) {

    boolean present() {
        return attended == null || attended;
    }
}
