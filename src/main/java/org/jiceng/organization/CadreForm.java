package org.jiceng.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A village cadre as a form or payload: who (a member or villager of the village), which post (code of
 * VILLAGE_CADRE_POST), the term, 一肩挑 and 职数内. {@code version} counts only for edits; the person is fixed once
 * recorded.
 */
public record CadreForm(
        @NotNull(message = "请选择人员") Long personId,
        @NotBlank(message = "请选择职务") String post,
        @NotNull(message = "请填写任期开始日期") LocalDate termStart,
        LocalDate termEnd,
        boolean concurrentHead,
        boolean paid,
        Long version) {

    static CadreForm blank(LocalDate today) {
        return new CadreForm(null, null, today, null, false, true, null);
    }

    static CadreForm of(VillageCadre c) {
        return new CadreForm(c.personId(), c.post(), c.termStart(), c.termEnd(), c.concurrentHead(), c.paid(),
                c.version());
    }
}
