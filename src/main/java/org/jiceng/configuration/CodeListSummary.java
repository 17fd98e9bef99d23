package org.jiceng.configuration;

/** A code list (代码表) and how many of its items are in use. */
public record CodeListSummary(String listCode, String name, String description, int items, int activeItems) {
}
