package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jiceng.shared.RuleViolationException;

/**
 * A township's target letter for a year as an aggregate (research §2.10): drafted with its items, then issued to the
 * villages on a day of its year, not after today; once issued its items are fixed — a village's quantities change
 * on its copy, and after signing only by amendment.
 */
public record TargetLetter(long id, long orgId, String orgName, int year, String title, String issuer,
                           LetterStatus status, LocalDate issuedOn, String createdBy, LocalDateTime createdAt,
                           long version, List<LetterItem> items) {

    public String label() {
        return orgName + year + "年" + title;
    }

    /** The base points of all items (the letter's full marks before bonus points). */
    public BigDecimal basePoints() {
        return items.stream().map(LetterItem::basePoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public LetterItem item(long itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> RuleViolationException.onField("itemId", "该项目不在本责任书中"));
    }

    /** Items may be added or removed while the letter is a draft only. */
    void requireDraft() {
        if (status != LetterStatus.DRAFT) {
            throw new RuleViolationException("责任书已于" + issuedOn + "下达，项目不能再修改；各村目标数量在各村责任书中调整，"
                    + "签订后只能变更");
        }
    }

    /** 下达: a draft with at least one item, on a day of the letter's year not after today. */
    TargetLetter issue(LocalDate on, LocalDate today) {
        requireDraft();
        if (items.isEmpty()) {
            throw RuleViolationException.onField("issuedOn", "责任书还没有项目，不能下达");
        }
        if (on.isAfter(today)) {
            throw RuleViolationException.onField("issuedOn", "下达日期不能晚于今天（" + today + "）");
        }
        if (on.getYear() != year) {
            throw RuleViolationException.onField("issuedOn", "下达日期须在" + year + "年内");
        }
        return new TargetLetter(id, orgId, orgName, year, title, issuer, LetterStatus.ISSUED, on, createdBy, createdAt,
                version, items);
    }
}
