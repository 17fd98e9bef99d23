package org.jiceng.configuration;

/**
 * One entry of a code list, e.g. 民族 01 汉族. A national item ships with the national code list (党员基本信息采集表);
 * any other is the county's local addition.
 */
public record CodeItem(String listCode, String code, String label, int sortOrder, boolean active, boolean national) {
}
