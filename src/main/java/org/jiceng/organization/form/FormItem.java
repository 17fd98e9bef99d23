package org.jiceng.organization.form;

/** One field of the 采集表: its item number on the form (1–16), its name, the value as printed and its code if coded. */
public record FormItem(String number, String label, String value, String code) {
}
