package org.jiceng.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jiceng.shared.Text;

/** A reserve cadre (后备干部) as a form or payload; the person is fixed once recorded, {@code version} counts for edits. */
public record ReserveForm(
        @NotNull(message = "请选择人员") Long personId,
        @NotNull(message = "请填写列为后备干部的日期") LocalDate since,
        @Size(max = 60, message = "拟任职务不能超过60个字") String targetPost,
        @Size(max = 200, message = "备注不能超过200个字") String note,
        Long version) {

    static ReserveForm blank(LocalDate today) {
        return new ReserveForm(null, today, null, null, null);
    }

    static ReserveForm of(ReserveCadre r) {
        return new ReserveForm(r.personId(), r.since(), r.targetPost(), r.note(), r.version());
    }

    ReserveForm normalized() {
        return new ReserveForm(personId, since, blankToNull(targetPost), blankToNull(note), version);
    }

    private static String blankToNull(String value) {
        return Text.clean(value);
    }
}
