package org.jiceng.shared;

/** The one way typed text is cleaned before it is checked or stored. */
public final class Text {

    private Text() {
    }

    /** What a user typed without surrounding blanks; null when nothing but blanks was typed. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
