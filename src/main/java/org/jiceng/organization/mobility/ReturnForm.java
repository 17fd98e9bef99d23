package org.jiceng.organization.mobility;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** The end of a registration: the date the member came back (or left again) and a note, from the version seen. */
public record ReturnForm(LocalDate returnedOn, @Size(max = 200, message = "不能超过200个字") String note, Long version) {
}
