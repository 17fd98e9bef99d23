package org.jiceng.incentive.reward;

import java.math.BigDecimal;

import org.jiceng.organization.PersonFlagKind;

/**
 * One rule of a county's or township's 奖惩制度 for a year: its kind (code list 奖惩类别), whether it rewards or
 * penalizes, whom it concerns, the amount (yuan) or effect it carries and the document it rests on. A result-driven
 * rule names the campaign family and the grade that earns it (e.g. a “五个好” branch earns 2,000 yuan); a rule
 * that bars nomination names the person flag a final record writes and for how many months.
 */
public record RewardRule(long id, long ownerOrgId, String ownerName, int year, String name, String kind,
                         String kindLabel, Nature nature, Subject subject, BigDecimal amount, String effect,
                         String family, String grade, PersonFlagKind flagKind, Integer flagMonths, String basis,
                         boolean active, long version) {

    /** Records of this rule are generated from campaign results, never typed one by one. */
    public boolean resultDriven() {
        return family != null;
    }

    public boolean barsNomination() {
        return flagKind != null;
    }

    /** The amount in yuan, or the effect, as a reader sees it. */
    public String terms() {
        String money = amount == null ? null : Money.format(amount) + "元";
        if (money != null && effect != null) {
            return money + "，" + effect;
        }
        return money != null ? money : effect;
    }

    RewardRule withLabels(String ownerLabel, String kindText) {
        return new RewardRule(id, ownerOrgId, ownerLabel, year, name, kind, kindText, nature, subject, amount, effect,
                family, grade, flagKind, flagMonths, basis, active, version);
    }
}
