package org.jiceng.organization;

import java.time.LocalDate;

/** People and posts for the rule tests. */
final class PostFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    private PostFixtures() {
    }

    static Person person(long id, String name, PoliticalStatus status) {
        return new Person(id, 10, null, name, "1", "01", null, LocalDate.of(1975, 1, 1), null, "11", null, status,
                status.isMember() ? LocalDate.of(2000, 7, 1) : null,
                status == PoliticalStatus.FULL ? LocalDate.of(2001, 7, 1) : null, null, null, null, null, null,
                status.isMember() ? "1" : null, false, null, false, null, false, null, 0);
    }

    static CommitteePost post(long id, long personId, String name, String post, String label, LocalDate started) {
        return new CommitteePost(id, 10, personId, name, post, label, started, null, 0);
    }

    static CommitteePost secretary(long personId, String name, LocalDate started) {
        return post(100 + personId, personId, name, CommitteeRules.SECRETARY, "书记", started);
    }

    static VillageCadre cadre(String post, LocalDate termStart, LocalDate termEnd) {
        return new VillageCadre(1, 10, 1, "王村长", true, post, "村委会主任", termStart, termEnd, false, true,
                CadreRules.isCurrent(termEnd, TODAY), 0);
    }
}
