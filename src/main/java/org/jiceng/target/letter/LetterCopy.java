package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jiceng.shared.RuleViolationException;

/**
 * A village's copy of a letter (乙方, {@code partyName} its party organization's full name) as an aggregate: its own target quantity per quantified item (the letter's by
 * default), set while it awaits signature; the signing recorded with its day — in the letter's year, not before it
 * was issued nor after today — and both signers; after signing a quantity changes only by an amendment with a reason.
 */
public record LetterCopy(long id, long letterId, long villageId, String villageName, String partyName,
                         CopyStatus status,
                         LocalDate signedOn, String villageSigner, String townshipSigner, long version,
                         Map<Long, BigDecimal> targets) {

    public String label(TargetLetter letter) {
        return villageName + " " + letter.year() + "年" + letter.title();
    }

    /** The village's target quantity for an item: its own, or the letter's. */
    public BigDecimal target(LetterItem item) {
        return targets.getOrDefault(item.id(), item.targetQuantity());
    }

    /** Sets a quantity before signing. */
    LetterCopy withTarget(LetterItem item, BigDecimal quantity) {
        requireQuantified(item);
        if (status == CopyStatus.SIGNED) {
            throw RuleViolationException.onField("reason", "责任书已于" + signedOn + "签订，目标数量只能变更，请写明变更原因");
        }
        return with(item, quantity);
    }

    /** An amendment of a signed copy: a different quantity, with a reason. */
    Change amend(LetterItem item, BigDecimal quantity, String reason, LocalDate today) {
        requireQuantified(item);
        if (status != CopyStatus.SIGNED) {
            throw RuleViolationException.onField("reason", "责任书尚未签订，直接修改目标数量即可");
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.onField("reason", "变更已签订的责任书须写明原因");
        }
        BigDecimal old = target(item);
        if (old.compareTo(quantity) == 0) {
            throw RuleViolationException.onField("quantity", "目标数量与现在相同（" + LetterItem.plain(old) + "）");
        }
        return new Change(with(item, quantity), item.id(), old, quantity, reason.strip(), today);
    }

    /** 签订: both parties sign an issued copy on a recorded day. */
    LetterCopy sign(TargetLetter letter, SignForm form, LocalDate today) {
        if (status == CopyStatus.SIGNED) {
            throw RuleViolationException.onField("signedOn", "已于" + signedOn + "签订");
        }
        LocalDate on = form.signedOn();
        if (on.isAfter(today)) {
            throw RuleViolationException.onField("signedOn", "签订日期不能晚于今天（" + today + "）");
        }
        if (on.getYear() != letter.year()) {
            throw RuleViolationException.onField("signedOn", "签订日期须在" + letter.year() + "年内");
        }
        if (on.isBefore(letter.issuedOn())) {
            throw RuleViolationException.onField("signedOn", "签订日期不能早于下达日期（" + letter.issuedOn() + "）");
        }
        return new LetterCopy(id, letterId, villageId, villageName, partyName, CopyStatus.SIGNED, on, form.villageSigner().strip(),
                form.townshipSigner().strip(), version, targets);
    }

    /** A recorded change of a signed copy and the copy after it. */
    public record Change(LetterCopy after, long itemId, BigDecimal oldQuantity, BigDecimal newQuantity,
                            String reason, LocalDate on) {
    }

    private LetterCopy with(LetterItem item, BigDecimal quantity) {
        Map<Long, BigDecimal> changed = new HashMap<>(targets);
        changed.put(item.id(), quantity);
        return new LetterCopy(id, letterId, villageId, villageName, partyName, status, signedOn, villageSigner, townshipSigner,
                version, Map.copyOf(changed));
    }

    private static void requireQuantified(LetterItem item) {
        if (!item.quantified()) {
            throw RuleViolationException.onField("itemId", "该项目按" + item.kind().label() + "，没有目标数量");
        }
    }
}
