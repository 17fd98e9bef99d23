package org.jiceng.organization;

import java.time.LocalDate;

/**
 * Someone holding a post in an org: a branch committee post (书记, 副书记, 组织委员 ...), a village cadre post (村两委)
 * or a reserve cadre (后备干部) entry. {@code post} is the label from the code list.
 */
public record PostHolder(long id, long orgId, String orgName, long personId, String personName, String postCode, String post,
                         LocalDate startedOn, LocalDate endedOn, boolean concurrentHead, boolean paid, String note,
                         long version) {
}
