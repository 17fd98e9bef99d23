package org.jiceng.training.reading;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A required reading as the county officer lists it; {@code audience} is {@code ALL} or {@code CADRES}. */
public record ReadingForm(@NotNull(message = "请填写年度") Integer year,
                          @NotBlank(message = "请填写篇目名称") @Size(max = 200, message = "篇目名称不超过200字") String title,
                          @Size(max = 100, message = "不超过100字") String issuer,
                          @NotBlank(message = "请选择类别") String category,
                          @NotBlank(message = "请选择学习对象") String audience,
                          @NotNull(message = "请填写学时") BigDecimal hours,
                          LocalDate dueDate,
                          @Size(max = 500, message = "链接不超过500字") String link,
                          Long version) {

    static ReadingForm blank(int year) {
        return new ReadingForm(year, null, null, "01", Reading.ALL, BigDecimal.ONE, null, null, null);
    }

    static ReadingForm of(Reading r) {
        return new ReadingForm(r.year(), r.title(), r.issuer(), r.category(), r.audience(), r.hours(), r.dueDate(),
                r.link(), r.version());
    }
}
