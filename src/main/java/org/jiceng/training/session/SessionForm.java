package org.jiceng.training.session;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A session as the officer enters it. {@code hours} may be left empty: it is then the number of days times the hours
 * a training day counts in the county's rules for that year.
 */
public record SessionForm(@NotNull(message = "请选择举办单位") Long orgId,
                          @NotBlank(message = "请填写培训主题") @Size(max = 200, message = "主题不超过200字") String topic,
                          @NotBlank(message = "请选择培训类别") String category,
                          @NotBlank(message = "请选择培训方式") String mode,
                          @Size(max = 100, message = "不超过100字") String organizer,
                          @Size(max = 100, message = "不超过100字") String instructor,
                          @Size(max = 200, message = "不超过200字") String venue,
                          @NotNull(message = "请填写开始日期") LocalDate startDate,
                          LocalDate endDate,
                          BigDecimal hours,
                          Integer unnamedVillagers,
                          @Size(max = 500, message = "备注不超过500字") String note,
                          Long version) {

    static SessionForm blank(long orgId, LocalDate today) {
        return new SessionForm(orgId, null, null, null, null, null, null, today, today, null, 0, null, null);
    }

    static SessionForm of(TrainingSession s) {
        return new SessionForm(s.orgId(), s.topic(), s.category(), s.mode(), s.organizer(), s.instructor(), s.venue(),
                s.startDate(), s.endDate(), s.hours(), s.unnamedVillagers(), s.note(), s.version());
    }

    LocalDate lastDay() {
        return endDate == null ? startDate : endDate;
    }
}
