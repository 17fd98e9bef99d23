package org.jiceng.web;

/** One entry of the main menu. */
record NavItem(String label, String href) {

    /** Whether this entry is the page at {@code path} or one below it (the home page only for itself). */
    public boolean matches(String path) {
        if (path == null) {
            return false;
        }
        return "/".equals(href) ? "/".equals(path) : path.equals(href) || path.startsWith(href + "/")
                || path.startsWith(href + "?");
    }
}
