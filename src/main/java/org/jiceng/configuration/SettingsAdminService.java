package org.jiceng.configuration;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator reads and edits the system settings: each value checked against its
 * {@link SettingDefinition}, saved from the version the administrator saw (409 otherwise), and audited.
 */
@Service
@Transactional
public class SettingsAdminService {

    static final String TYPE = "SETTING";

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final ApplicationEventPublisher events;

    SettingsAdminService(JdbcClient jdbc, DataScope scope, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<SettingRow> list() {
        return jdbc.sql("SELECT setting_key, setting_value, version FROM settings ORDER BY setting_key")
                .query((rs, i) -> row(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    @Transactional(readOnly = true)
    public SettingRow get(String key) {
        return jdbc.sql("SELECT setting_key, setting_value, version FROM settings WHERE setting_key = ?").param(key)
                .query((rs, i) -> row(rs.getString(1), rs.getString(2), rs.getLong(3))).optional()
                .orElseThrow(() -> NotFoundException.of("系统设置", key));
    }

    public SettingRow update(String key, SettingForm form) {
        SettingRow before = get(key);
        var checked = SettingDefinition.of(key).check(form.value());
        if (!checked.isOk()) {
            throw RuleViolationException.onField("value", checked.problem());
        }
        int rows = jdbc.sql("""
                UPDATE settings SET setting_value = ?, version = version + 1 WHERE setting_key = ? AND version = ?""")
                .params(checked.value(), key, form.version()).update();
        if (rows == 0) {
            throw new StaleEditException("系统设置“" + before.label() + "”");
        }
        SettingRow after = get(key);
        // Settings belong to the whole installation: the entry hangs on the administrator's org for the auditor.
        events.publishEvent(Audited.updated(TYPE, null, key, scope.requireActor().orgId(),
                Map.of("key", key, "value", before.value()), Map.of("key", key, "value", after.value())));
        return after;
    }

    private static String roleLabel(String name) {
        return java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).map(Role::label)
                .findFirst().orElse(name);
    }

    private static SettingRow row(String key, String value, long version) {
        SettingDefinition d = SettingDefinition.of(key);
        String display = d.kind() == SettingDefinition.Kind.ROLES
                ? java.util.Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(SettingsAdminService::roleLabel)
                        .collect(Collectors.joining("、"))
                : value;
        return new SettingRow(key, d.label(), d.help(), d.kind(), d.min(), d.max(), value, display.isEmpty() ? "（无）" : display,
                version);
    }
}
