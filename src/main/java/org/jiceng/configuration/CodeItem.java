package org.jiceng.configuration;

/** One entry of a code list, e.g. 民族 01 汉族. */
public record CodeItem(String listCode, String code, String label, int sortOrder, boolean active) {
}
