package org.jiceng.incentive.talk;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A talk record (谈话记录, after the provincial 《诫勉书》 template, research §2.14): the subject, the talker and the
 * recorder with unit, post and name as they were on the day; time, place, reason, content and the subject's
 * statement; the follow-up required and, later, its check. {@code effectiveUntil} ends an admonishment's influence
 * period; {@code flagId} is the person flag it wrote (none once withdrawn).
 */
public record Talk(long id, TalkKind kind, long personId, String subjectName, String subjectUnit, String subjectPost,
                   long orgId, Long townshipId, long heldByOrgId, String heldByName, LocalDate heldOn, String place,
                   String talkerName, String talkerPost, String recorderName, String recorderPost, String reason,
                   String content, String statement, String followUp, LocalDate effectiveUntil, Long flagId,
                   TalkStatus status, LocalDate checkedOn, String checkResult, String checkedBy,
                   String withdrawnReason, String withdrawnBy, LocalDateTime withdrawnAt, String createdBy,
                   LocalDateTime createdAt, long version) {

    public String label() {
        return kind.label() + "：" + subjectName + "（" + heldOn + "）";
    }

    /** Whether the admonishment's influence period covers {@code day} (a withdrawn talk covers nothing). */
    public boolean inForceOn(LocalDate day) {
        return status != TalkStatus.WITHDRAWN && effectiveUntil != null && !day.isBefore(heldOn)
                && !day.isAfter(effectiveUntil);
    }
}
