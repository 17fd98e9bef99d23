package org.jiceng.target.supervision;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A supervision item as the county or township officer registers it (立项); a blank number is generated
 * (督办〔2010〕3号). {@code coUnitIds} are the 协办单位.
 */
public record SupervisionForm(@Size(max = 60, message = "不超过60字") String number,
                              @NotBlank(message = "请填写督办事项") @Size(max = 200, message = "不超过200字") String title,
                              @Size(max = 200, message = "不超过200字") String source,
                              @NotBlank(message = "请填写办理要求") @Size(max = 2000, message = "不超过2000字") String requirement,
                              @NotNull(message = "请选择承办单位") Long leadOrgId,
                              List<Long> coUnitIds,
                              @NotNull(message = "请填写立项日期") LocalDate registeredOn,
                              @NotNull(message = "请填写办理时限") LocalDate deadline) {

    static SupervisionForm blank(LocalDate today) {
        return new SupervisionForm(null, null, null, null, null, List.of(), today, today.plusDays(15));
    }

    List<Long> coUnits() {
        return coUnitIds == null ? List.of() : coUnitIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
