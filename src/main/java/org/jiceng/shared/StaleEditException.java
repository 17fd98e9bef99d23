package org.jiceng.shared;

/** Someone else saved the object since this user opened it (409): the second edit never silently overwrites the first. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what) {
        super(what + " 已被他人修改，请刷新后重新编辑（您的修改未保存）");
    }
}
