package org.jiceng.shared;

/** The object does not exist, or lies outside the user's org subtree: both answer 404 so nothing leaks. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }

    public static NotFoundException of(String type, Object id) {
        return new NotFoundException(type + " " + id + " 不存在或不在您的管辖范围内");
    }
}
