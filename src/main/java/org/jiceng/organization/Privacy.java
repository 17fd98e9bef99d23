package org.jiceng.organization;

import org.jiceng.configuration.Settings;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.Masking;
import org.springframework.stereotype.Component;

/**
 * Whether the current user's role sees identity and phone numbers in full in lists and exports: a setting the
 * system administrator edits (by default county and township officers see identity numbers, secretaries phones).
 */
@Component
class Privacy {

    private final Settings settings;
    private final DataScope scope;

    Privacy(Settings settings, DataScope scope) {
        this.settings = settings;
        this.scope = scope;
    }

    /** A masker for one list or export, reading the settings once. */
    Masker masker() {
        String role = scope.actor().map(a -> a.role().name()).orElse("");
        return new Masker(settings.list(Settings.FULL_ID_NUMBER_ROLES).contains(role),
                settings.list(Settings.FULL_PHONE_ROLES).contains(role));
    }

    record Masker(boolean fullIdNumber, boolean fullPhone) {

        String idNumber(String value) {
            return fullIdNumber ? value : Masking.idNumber(value);
        }

        String phone(String value) {
            return fullPhone ? value : Masking.phone(value);
        }
    }
}
