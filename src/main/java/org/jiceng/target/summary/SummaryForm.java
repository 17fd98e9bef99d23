package org.jiceng.target.summary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A summary as its org writes it (or the township enters it for a village): the org, the text (and/or a document
 * sent beside it) and, when changing a draft, the version seen.
 */
public record SummaryForm(@NotNull(message = "请选择报送单位") Long orgId,
                          @Size(max = 8000, message = "不超过8000字") String text,
                          Long version) {
}
