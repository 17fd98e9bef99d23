package org.jiceng.organization;

import java.time.LocalDate;

/**
 * A branch committee post (支部委员会职务: 书记, 副书记, 组织委员 …) held by a member from {@code startedOn}; a post with
 * an {@code endedOn} is history and stays on record. {@code post} is the code of the COMMITTEE_POST code list.
 */
public record CommitteePost(long id, long orgId, long personId, String personName, String post, String postLabel,
                            LocalDate startedOn, LocalDate endedOn, long version) {

    public boolean current() {
        return endedOn == null;
    }

    String label() {
        return postLabel + " " + personName;
    }
}
