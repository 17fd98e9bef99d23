package org.jiceng.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * The rules of a branch committee (支部委员会), from 《中国共产党章程》 and 《中国共产党支部工作条例（试行）》 (2018):
 * <ul>
 *   <li><b>One secretary.</b> A branch has one 书记 at a time. Appointing a new secretary ends the sitting secretary's
 *       post on the day before the new one starts, so the new start must fall after the sitting secretary's start.</li>
 *   <li><b>One post per person.</b> A person holds at most one current committee post in the branch; to change
 *       someone's post, end the current one first.</li>
 *   <li><b>Only full members of the branch.</b> Committee members are elected from the branch's members; a
 *       probationary member (预备党员) has no right to be elected (党章第七条), and villagers who are not members never
 *       sit on the committee.</li>
 *   <li><b>Dates.</b> Start and end dates are not in the future; a post ends on or after the day it started.</li>
 *   <li><b>Sizing (informative).</b> A branch with fewer than 7 full members sets up no committee: one secretary and,
 *       where needed, one deputy; with 7 or more it has a committee of 3 to 5, generally at most 7 (条例第十三条).
 *       The register shows a hint rather than refusing, because the change may be under way.</li>
 * </ul>
 * {@link #SECRETARY} and {@link #DEPUTY} are codes of the COMMITTEE_POST code list.
 */
final class CommitteeRules {

    static final String SECRETARY = "01";
    static final String DEPUTY = "02";
    static final int COMMITTEE_MIN_FULL_MEMBERS = 7;
    static final int COMMITTEE_USUAL_MIN = 3;
    static final int COMMITTEE_MAX = 7;

    private CommitteeRules() {
    }

    /**
     * Every reason the appointment may not be made, as field errors.
     *
     * @param person    the person to appoint
     * @param ofBranch  whether the person is registered with this branch
     * @param postValid whether the post is an active code of the COMMITTEE_POST list
     * @param current   the branch's current committee
     */
    static List<FieldError> checkAppointment(AppointmentForm form, Person person, boolean ofBranch, boolean postValid,
                                             List<CommitteePost> current, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!ofBranch || !person.politicalStatus().isMember()) {
            errors.add(new FieldError("personId", "只能任命本支部的党员"));
        } else if (person.politicalStatus() != PoliticalStatus.FULL) {
            errors.add(new FieldError("personId", person.name() + "是预备党员，没有被选举权，不能担任支部委员（党章第七条）"));
        }
        current.stream().filter(p -> p.personId() == person.id()).findFirst().ifPresent(held ->
                errors.add(new FieldError("personId", person.name() + "现任本支部" + held.postLabel()
                        + "，一人只能担任一个支部委员会职务；如需调整，请先免去现任职务")));
        if (!postValid) {
            errors.add(new FieldError("post", "请选择有效的支部委员会职务"));
        }
        PostDates.notInFuture(errors, form.startedOn(), "startedOn", "任职日期", today);
        sittingSecretary(form, current).ifPresent(sitting -> {
            if (form.startedOn() != null && !form.startedOn().isAfter(sitting.startedOn())) {
                errors.add(new FieldError("startedOn", "新任书记的任职日期须晚于现任书记" + sitting.personName()
                        + "的任职日期（" + sitting.startedOn() + "）"));
            }
        });
        return errors;
    }

    /** The sitting secretary whose post this appointment ends, if it appoints a secretary and one is sitting. */
    static Optional<CommitteePost> sittingSecretary(AppointmentForm form, List<CommitteePost> current) {
        if (!SECRETARY.equals(form.post())) {
            return Optional.empty();
        }
        return current.stream().filter(p -> SECRETARY.equals(p.post())).findFirst();
    }

    /** The day the sitting secretary's post ends when a new secretary starts: the day before. */
    static LocalDate predecessorEnds(LocalDate newStart) {
        return newStart.minusDays(1);
    }

    /** Reasons a post may not end on this date. */
    static List<FieldError> checkEnd(CommitteePost post, LocalDate endedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!post.current()) {
            errors.add(new FieldError("endedOn", "该职务已于 " + post.endedOn() + " 终止"));
            return errors;
        }
        PostDates.notInFuture(errors, endedOn, "endedOn", "离任日期", today);
        PostDates.notBefore(errors, endedOn, post.startedOn(), "endedOn", "离任日期");
        return errors;
    }

    /**
     * 班子健全: the branch's committee posts are filled — a secretary sits and, where the branch has 7 or more full
     * members and so must have a committee, the committee has 3 to 7 members (the same sizing as {@link #sizingHint}).
     */
    static boolean complete(long fullMembers, int committeeSize, boolean secretarySits) {
        if (!secretarySits) {
            return false;
        }
        return fullMembers < COMMITTEE_MIN_FULL_MEMBERS
                || (committeeSize >= COMMITTEE_USUAL_MIN && committeeSize <= COMMITTEE_MAX);
    }

    /** A hint when the committee's size does not fit the number of full members, or empty when it fits. */
    static Optional<String> sizingHint(long fullMembers, List<CommitteePost> current) {
        if (fullMembers < COMMITTEE_MIN_FULL_MEMBERS) {
            List<CommitteePost> others = current.stream().filter(p -> !SECRETARY.equals(p.post())).toList();
            boolean oneDeputy = others.size() == 1 && DEPUTY.equals(others.get(0).post());
            if (others.isEmpty() || oneDeputy) {
                return Optional.empty();
            }
            return Optional.of("本支部正式党员不足" + COMMITTEE_MIN_FULL_MEMBERS + "人（现有" + fullMembers
                    + "人）：按《中国共产党支部工作条例（试行）》，不设支部委员会，只设书记1名，必要时可设副书记1名。");
        }
        if (current.size() > COMMITTEE_MAX) {
            return Optional.of("支部委员会一般不超过" + COMMITTEE_MAX + "人（现有" + current.size() + "人）。");
        }
        if (current.size() < COMMITTEE_USUAL_MIN) {
            return Optional.of("本支部正式党员" + fullMembers + "人，按《中国共产党支部工作条例（试行）》应设立支部委员会，"
                    + "由" + COMMITTEE_USUAL_MIN + "至5人组成（现有" + current.size() + "人）。");
        }
        return Optional.empty();
    }
}
