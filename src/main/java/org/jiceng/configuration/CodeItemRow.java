package org.jiceng.configuration;

/** An item of a code list with the version the administrator edits from. */
public record CodeItemRow(String listCode, String code, String label, int sortOrder, boolean active, boolean national,
                          long version) {
}
