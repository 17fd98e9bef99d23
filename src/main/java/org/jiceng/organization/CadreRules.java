package org.jiceng.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * The rules of village cadres (村干部: posts of 村党组织 and 村民委员会 and village staff, from the VILLAGE_CADRE_POST
 * code list):
 * <ul>
 *   <li><b>People of the village.</b> A cadre is a member or a villager registered with the village; members of the
 *       villagers' committee need not be Party members (《村民委员会组织法》).</li>
 *   <li><b>Party posts need full members.</b> The 村党组织书记 and 副书记 posts ({@link #PARTY_POSTS}) are held by full
 *       members: a probationary member has no right to be elected (党章第七条).</li>
 *   <li><b>一肩挑.</b> The village Party secretary who also chairs the villagers' committee through the legal
 *       procedure (《中国共产党农村基层组织工作条例》第十九条). The mark belongs only on the 村党组织书记 or 村委会主任
 *       record ({@link #CONCURRENT_HEAD_POSTS}) of a full member.</li>
 *   <li><b>Terms.</b> A term does not start in the future; its end may be the planned end of the term (任期届满) but
 *       never before its start. A term is current until its end date; from that day on it is history, kept on
 *       record. Ending a term records an end date that is not in the future.</li>
 *   <li><b>No double entry.</b> A person holds one current record per post.</li>
 *   <li><b>Reserve cadres (后备干部)</b> are members or villagers of the village, listed from a date not in the
 *       future, once at a time: a deactivated entry stays on record and the person may be listed again later.</li>
 * </ul>
 * The sets hold codes of the VILLAGE_CADRE_POST code list.
 */
final class CadreRules {

    static final Set<String> PARTY_POSTS = Set.of("01", "02");
    static final Set<String> CONCURRENT_HEAD_POSTS = Set.of("01", "03");

    private CadreRules() {
    }

    /** Whether a term with this end date is still running today. */
    static boolean isCurrent(LocalDate termEnd, LocalDate today) {
        return termEnd == null || termEnd.isAfter(today);
    }

    /**
     * Every reason the record may not be saved, as field errors.
     *
     * @param ofVillage     whether the person is registered with the village
     * @param postValid     whether the post is an active code of VILLAGE_CADRE_POST
     * @param holdsSamePost whether the person already has another current record of this post in the village
     */
    static List<FieldError> check(CadreForm form, Person person, boolean ofVillage, boolean postValid,
                                  boolean holdsSamePost, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        boolean fullMember = person.politicalStatus() == PoliticalStatus.FULL;
        if (!ofVillage) {
            errors.add(new FieldError("personId", "只能选择本村登记的党员或群众"));
        } else if (PARTY_POSTS.contains(form.post()) && !fullMember) {
            errors.add(new FieldError("personId", "村党组织书记、副书记须由正式党员担任"));
        } else if (holdsSamePost) {
            errors.add(new FieldError("personId", person.name() + "已登记担任该职务，不能重复登记"));
        }
        if (!postValid) {
            errors.add(new FieldError("post", "请选择有效的村干部职务"));
        }
        if (form.concurrentHead()) {
            if (!CONCURRENT_HEAD_POSTS.contains(form.post())) {
                errors.add(new FieldError("concurrentHead", "“一肩挑”只能标在村党组织书记或村委会主任职务上"));
            } else if (!fullMember) {
                errors.add(new FieldError("concurrentHead", "“一肩挑”的村党组织书记兼村委会主任须为正式党员"));
            }
        }
        PostDates.notInFuture(errors, form.termStart(), "termStart", "任期开始日期", today);
        PostDates.notBefore(errors, form.termEnd(), form.termStart(), "termEnd", "任期结束日期");
        return errors;
    }

    /** Reasons a term may not end on this date. */
    static List<FieldError> checkEnd(VillageCadre cadre, LocalDate endedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!isCurrent(cadre.termEnd(), today)) {
            errors.add(new FieldError("endedOn", "该任期已于 " + cadre.termEnd() + " 结束"));
            return errors;
        }
        PostDates.notInFuture(errors, endedOn, "endedOn", "离任日期", today);
        PostDates.notBefore(errors, endedOn, cadre.termStart(), "endedOn", "离任日期");
        return errors;
    }

    /**
     * Every reason a reserve cadre entry may not be saved.
     *
     * @param alreadyActive whether the person has another active reserve entry in the village
     */
    static List<FieldError> checkReserve(ReserveForm form, Person person, boolean ofVillage, boolean alreadyActive,
                                         LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!ofVillage) {
            errors.add(new FieldError("personId", "只能选择本村登记的党员或群众"));
        } else if (alreadyActive) {
            errors.add(new FieldError("personId", person.name() + "已是本村后备干部，不能重复登记"));
        }
        PostDates.notInFuture(errors, form.since(), "since", "列为后备干部的日期", today);
        return errors;
    }
}
