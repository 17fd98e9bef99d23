package org.jiceng.incentive.pay.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jiceng.incentive.pay.Money;

/**
 * One line of a village's ledger, never changed once written. {@code amount} is signed: funds in positive, pay out
 * negative, a reversal the negation of the entry it reverses ({@code reversedId}). {@code reversalId} is the entry
 * that reversed this one, if any. A pay out names its pay line and payee ({@code payee}, e.g. "张三 2010年1月基本报酬").
 */
public record LedgerEntry(long id, long accountId, long villageId, EntryKind kind, LocalDate date, BigDecimal amount,
                          String source, String documentNo, Long lineId, PayMethod method, Long reversedId,
                          Long reversalId, String reason, String note, String payee, String recordedBy,
                          LocalDateTime recordedAt) {

    public boolean reversed() {
        return reversalId != null;
    }

    /** What the statement says of the entry. */
    @JsonProperty
    public String description() {
        return switch (kind) {
            case FUND_IN -> source + (documentNo == null ? "" : "（" + documentNo + "）");
            case PAY_OUT -> (payee == null ? "发放报酬" : payee) + (method == null ? "" : "，" + method.label());
            case REVERSAL -> "冲销第" + reversedId + "号：" + reason;
        };
    }

    /** The amount as a figure of the income (收入) column, or null. */
    public BigDecimal credit() {
        return amount.signum() > 0 ? amount : null;
    }

    /** The amount as a figure of the expense (支出) column, or null. */
    public BigDecimal debit() {
        return amount.signum() < 0 ? amount.negate() : null;
    }

    public String amountText() {
        return Money.format(amount);
    }
}
