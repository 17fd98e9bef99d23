package org.jiceng.organization;

/** Where a member import stands: checked in the background, then committed or discarded; FAILED when unreadable. */
public enum ImportStatus {
    VALIDATING("校验中"),
    INVALID("有错误"),
    VALID("校验通过，待提交"),
    COMMITTED("已导入"),
    DISCARDED("已放弃"),
    FAILED("失败");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
