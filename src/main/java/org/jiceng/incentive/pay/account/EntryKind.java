package org.jiceng.incentive.pay.account;

/** The kinds of ledger entry of a dedicated account. */
public enum EntryKind {
    /** 拨入: money into the account (a transfer from the county's or township's budget, collective income). */
    FUND_IN("拨入"),
    /** 发放: pay out to a cadre for a line of a pay run. */
    PAY_OUT("发放"),
    /** 冲销: the exact negation of an earlier entry, with the reason; the only way to correct the ledger. */
    REVERSAL("冲销");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
