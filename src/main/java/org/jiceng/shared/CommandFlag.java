package org.jiceng.shared;

/**
 * A command-line switch such as {@code --jiceng.audit.verify}: given without a value it arrives as an empty string,
 * which means on (Spring would refuse to convert it to a boolean and the application would not start).
 */
public final class CommandFlag {

    private CommandFlag() {
    }

    /** On when given alone or as {@code =true}; off when absent (the default "false") or {@code =false}. */
    public static boolean isOn(String value) {
        return value != null && (value.isBlank() || Boolean.parseBoolean(value.trim()));
    }
}
