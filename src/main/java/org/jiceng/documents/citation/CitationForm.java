package org.jiceng.documents.citation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A citation as a user asks for it: the subject's kind (e.g. {@code TRAINING_PLAN}) and id (e.g. {@code "87/2010"}),
 * and why it rests on the document.
 */
public record CitationForm(@NotBlank(message = "请选择引用对象的类别") String kind,
                           @NotBlank(message = "请选择引用对象") String subjectId,
                           @Size(max = CitationRules.NOTE_MAX, message = "说明不超过500字") String note) {
}
