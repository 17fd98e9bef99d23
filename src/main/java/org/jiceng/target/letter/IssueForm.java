package org.jiceng.target.letter;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The day a draft letter goes to the villages, and the letter's version the officer saw. */
public record IssueForm(@NotNull(message = "请填写下达日期") LocalDate issuedOn, @NotNull Long version) {
}
