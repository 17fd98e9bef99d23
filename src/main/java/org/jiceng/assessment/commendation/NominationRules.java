package org.jiceng.assessment.commendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jiceng.organization.PersonBrief;
import org.jiceng.organization.PersonFlag;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.StaleEditException;

/**
 * The rules of a nomination, without storage (unit-tested in {@code NominationRulesTests}): who may be nominated in a
 * call, and what may still change once it moves along the review chain. The chain's own steps (submit, review,
 * return, approve, 公示, final) are {@code review.ReviewChain}'s; the honour that follows a final nomination is
 * {@link NominationHonours}'.
 */
final class NominationRules {

    static final int MAX_DEEDS = 4000;

    private NominationRules() {
    }

    /**
     * Why a person may not be nominated (next to the field): not a member, already nominated in the call, flagged
     * ineligible during the call's year, the township without places or with its places taken; 事迹 required.
     */
    static List<FieldError> nominate(PersonBrief person, boolean alreadyNominated, Optional<PersonFlag> ineligible,
                                     int year, String townshipName, Integer quota, int nominatedInTownship,
                                     String deeds) {
        List<FieldError> errors = new ArrayList<>();
        if (!person.member()) {
            errors.add(new FieldError("personId", person.name() + "不是党员，不能推荐为优秀共产党员"));
        } else if (alreadyNominated) {
            errors.add(new FieldError("personId", person.name() + "已在本次评选中被推荐"));
        } else {
            ineligible.ifPresent(f -> errors.add(new FieldError("personId", person.name() + "在" + year + "年有“"
                    + f.kindLabel() + "”记录（" + f.from() + "起），不符合推荐条件")));
        }
        if (quota == null) {
            errors.add(new FieldError("personId", townshipName + "在本次评选中没有名额"));
        } else if (nominatedInTownship >= quota) {
            errors.add(new FieldError("personId", townshipName + "的名额（" + quota + "名）已满"));
        }
        if (deeds == null || deeds.isBlank()) {
            errors.add(new FieldError("deeds", "请填写主要事迹"));
        } else if (deeds.length() > MAX_DEEDS) {
            errors.add(new FieldError("deeds", "主要事迹不超过4000字"));
        }
        return errors;
    }

    /** 事迹 change only while the nomination is a draft (or returned to its branch), from the version the user saw. */
    static void editDeeds(Nomination before, Long itemVersion, String deeds) {
        if (itemVersion == null || itemVersion != before.itemVersion()) {
            throw new StaleEditException(before.personName());
        }
        if (before.stage() != ReviewStage.DRAFT) {
            throw new RuleViolationException(before.personName() + "的推荐已提交，不能修改事迹");
        }
        if (deeds == null || deeds.isBlank() || deeds.length() > MAX_DEEDS) {
            throw RuleViolationException.onField("deeds", "请填写主要事迹（不超过4000字）");
        }
    }

    /** Evidence is attached only while the nomination is a draft. */
    static void attach(Nomination nomination) {
        if (nomination.stage() != ReviewStage.DRAFT) {
            throw new RuleViolationException("推荐已提交，不能再上传佐证材料");
        }
    }
}
