package org.jiceng.assessment.campaign;

import java.util.HashMap;
import java.util.Map;

/**
 * Values typed for an entry, by indicator code (as text: the service says which are not numbers), notes by code (self
 * assessment), the reason for the reviewer's changes, and the version of the entry the user edited from.
 */
public record ScoreForm(Map<String, String> values, Map<String, String> notes, String reason, Long version) {

    public ScoreForm {
        values = values == null ? Map.of() : values;
        notes = notes == null ? Map.of() : notes;
    }

    /** Reads {@code v_CODE} and {@code n_CODE} request parameters of a page form. */
    public static ScoreForm fromParams(Map<String, String> params) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("v_")) {
                values.put(k.substring(2), v);
            } else if (k.startsWith("n_")) {
                notes.put(k.substring(2), v);
            }
        });
        String version = params.get("version");
        return new ScoreForm(values, notes, params.get("reason"),
                version == null || version.isBlank() ? null : Long.valueOf(version));
    }
}
