package org.jiceng.organization;

/** What a flag on a person records; a commendation call names the kinds that make a member ineligible. */
public enum PersonFlagKind {
    ADMONISHMENT("诫勉谈话"),
    VETO_FINDING("一票否决");

    private final String label;

    PersonFlagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
