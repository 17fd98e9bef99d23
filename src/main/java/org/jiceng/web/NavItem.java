package org.jiceng.web;

/** One entry of the main menu. */
record NavItem(String label, String href) {
}
