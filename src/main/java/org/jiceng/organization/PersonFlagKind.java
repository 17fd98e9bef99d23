package org.jiceng.organization;

/**
 * What a flag on a person records; a commendation call names the kinds that make a member ineligible. The two
 * penalty kinds are written by 激励保障 when a 通报批评 or 取消评先资格 whose rule bars nomination becomes final.
 */
public enum PersonFlagKind {
    ADMONISHMENT("诫勉谈话"),
    VETO_FINDING("一票否决"),
    CIRCULATED_CRITICISM("通报批评"),
    COMMENDATION_BARRED("取消评先资格");

    private final String label;

    PersonFlagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
