package org.jiceng.target.summary;

import org.jiceng.review.ReviewAction;

/** The steps of a summary in the chain, named as users see them; 县级审定 ends it. */
public enum SummaryAction {
    SUBMIT("提交", ReviewAction.SUBMIT),
    REVIEW("乡镇审核并评分", ReviewAction.REVIEW),
    RETURN("退回", ReviewAction.RETURN),
    APPROVE("县级审定", ReviewAction.APPROVE);

    private final String label;
    private final ReviewAction chain;

    SummaryAction(String label, ReviewAction chain) {
        this.label = label;
        this.chain = chain;
    }

    public String label() {
        return label;
    }

    ReviewAction chain() {
        return chain;
    }
}
