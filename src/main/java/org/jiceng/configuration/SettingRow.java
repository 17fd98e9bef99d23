package org.jiceng.configuration;

/** A setting as the system administrator sees it: its meaning, its stored value and the version to edit from. */
public record SettingRow(String key, String label, String help, SettingDefinition.Kind kind, int min, int max,
                         String value, String display, long version) {
}
