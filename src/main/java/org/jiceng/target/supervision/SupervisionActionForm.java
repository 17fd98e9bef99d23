package org.jiceng.target.supervision;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * One step on an item: the note (催办 content, the reason of a return, a strike-off, an extension request or a
 * refusal), the date an extension is asked for, and the version the user saw (409 when someone acted meanwhile).
 */
public record SupervisionActionForm(SupervisionAction action,
                                    @Size(max = 500, message = "不超过500字") String note,
                                    LocalDate extendTo,
                                    Long version) {
}
