package org.jiceng.assessment.campaign;

import java.util.Map;

/**
 * Values typed for an entry, by indicator code (as text: the service says which are not numbers), notes by code (self
 * assessment), the reason for the reviewer's changes, and the version of the entry the user edited from. Pages bind
 * it from {@code values[CODE]}, {@code notes[CODE]}, {@code reason} and {@code version}; the API from the same JSON.
 */
public record ScoreForm(Map<String, String> values, Map<String, String> notes, String reason, Long version) {

    public ScoreForm {
        values = values == null ? Map.of() : values;
        notes = notes == null ? Map.of() : notes;
    }
}
