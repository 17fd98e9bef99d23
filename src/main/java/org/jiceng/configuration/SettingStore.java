package org.jiceng.configuration;

import java.util.HashMap;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every system setting, read in one query until one changes. */
@Component
class SettingStore {

    static final String CACHE = "settings";

    private final JdbcClient jdbc;

    SettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable(CACHE)
    public Map<String, String> all() {
        Map<String, String> values = new HashMap<>();
        jdbc.sql("SELECT setting_key, setting_value FROM settings").query(rs -> {
            values.put(rs.getString("setting_key"), rs.getString("setting_value"));
        });
        return Map.copyOf(values);
    }
}
