package org.jiceng.documents.register;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A document as an officer records it: number (文号), title, kind (code list {@code DOCUMENT_KIND}), issue date and
 * a short summary; {@code version} is the one the officer edited from (null for a new document).
 */
public record DocumentForm(@NotBlank(message = "请填写文号") @Size(max = 60, message = "文号不超过60字") String number,
                           @NotBlank(message = "请填写文件标题") @Size(max = 200, message = "标题不超过200字") String title,
                           @NotBlank(message = "请选择文种") String kind,
                           @NotNull(message = "请填写发文日期") LocalDate issuedOn,
                           @Size(max = 1000, message = "摘要不超过1000字") String summary,
                           Long version) {

    static DocumentForm blank(LocalDate today) {
        return new DocumentForm(null, null, "03", today, null, null);
    }

    static DocumentForm of(BasisDocument d) {
        return new DocumentForm(d.number(), d.title(), d.kind(), d.issuedOn(), d.summary(), d.version());
    }
}
