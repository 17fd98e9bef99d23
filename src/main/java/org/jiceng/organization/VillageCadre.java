package org.jiceng.organization;

import java.time.LocalDate;

/**
 * A village cadre (村干部, posts of 村两委 and village staff from the VILLAGE_CADRE_POST code list) with the term
 * served. {@code concurrentHead} marks 一肩挑 (the Party secretary also chairs the villagers' committee); {@code paid}
 * means the post is within the paid quota (职数内). {@code current} is false once the term has ended.
 */
public record VillageCadre(long id, long orgId, long personId, String personName, boolean member, String post,
                           String postLabel, LocalDate termStart, LocalDate termEnd, boolean concurrentHead,
                           boolean paid, boolean current, long version) {

    String label() {
        return postLabel + " " + personName;
    }
}
