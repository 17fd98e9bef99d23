package org.jiceng.incentive.reward;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewStage;

/**
 * A reward or penalty as recorded: whom (a village branch, or a person with their branch), the year, the rule and the
 * terms copied from it (kind, nature, amount or effect), the basis document and the reason; the campaign result it
 * was generated from, if any; where it stands in the review chain; the period a nomination bar lasts and the person
 * flag written for it once final; and, if it was reversed, when, by whom and why.
 */
public record Reward(long id, long ruleId, String ruleName, int year, String kind, String kindLabel, Nature nature,
                     Subject subject, long orgId, long townshipId, String townshipName, Long personId,
                     String subjectName, BigDecimal amount, String effect, String basis, String reason,
                     LocalDate recordDate, LocalDate barsFrom, LocalDate barsUntil, Long sourceCampaignId,
                     Long sourceEntryId, long itemId, ReviewStage stage, String returnedReason, long itemVersion,
                     Long flagId, LocalDateTime reversedAt, String reversedBy, String reversalReason, long version,
                     String createdBy, LocalDateTime createdAt) {

    public boolean reversed() {
        return reversedAt != null;
    }

    public boolean generated() {
        return sourceEntryId != null;
    }

    /** Counts in totals and may still move: not reversed. */
    public boolean standing() {
        return !reversed();
    }

    public String stageLabel() {
        return reversed() ? "已撤销" : stage == null ? "" : stage.label();
    }

    public String amountText() {
        return amount == null ? "" : Money.format(amount);
    }

    Reward with(ReviewItem item, String rule, String kindText, String township) {
        return new Reward(id, ruleId, rule, year, kind, kindText, nature, subject, orgId, townshipId, township,
                personId, subjectName, amount, effect, basis, reason, recordDate, barsFrom, barsUntil,
                sourceCampaignId, sourceEntryId, itemId, item == null ? null : item.stage(),
                item == null ? null : item.returnedReason(), item == null ? 0 : item.version(), flagId, reversedAt,
                reversedBy, reversalReason, version, createdBy, createdAt);
    }
}
