package org.jiceng.incentive.pay.account;

/** How pay reached the cadre: the passbook every cadre holds (一折通, research §2.5), cash, or a bank transfer. */
public enum PayMethod {
    PASSBOOK("一折通"),
    CASH("现金"),
    TRANSFER("转账");

    private final String label;

    PayMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
