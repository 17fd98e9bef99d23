package org.jiceng.organization;

import java.util.List;
import java.util.Map;

/**
 * How the free text of a people list finds people: by name, or by a whole identity or phone number (only a text
 * holding a digit is compared with the numbers).
 * <p>
 * Within a county or below (a township's 1,200 people, a county's 40,000), a name is found by any part of it, however
 * short: the scope is read first and a scan of it is cheap. Across a city or a province ({@code wide}), a name is found
 * by any part of three characters or more; one or two characters are a surname (王), a two-character
 * name (王芳), a name's start (张三 for 张三丰) or a given name (三丰): they find names starting or ending with them,
 * not names merely holding them in the middle (阳娜 does not find 欧阳娜娜). The rule is the same on H2 and
 * PostgreSQL, so both find the same people. On PostgreSQL the trigram index on the name ({@code pg_trgm}, repeatable
 * migration in {@code db/vendor/postgresql}) serves three characters or more and two at either end (it has no trigram
 * to look up for one or two characters in the middle of a name), the identity and phone indexes the numbers. One
 * character is compared as the name's first or last character, which no index serves on purpose: a surname matches
 * one person in thirty or so, so reading the user's people (a county's 40,000) beats reading the surname's
 * province-wide matches and throwing most away, and a province root reads its two million people either way.
 * So one character across a city or a province is {@code broad}: a surname holds some 50,000 of a province's two
 * million people, so the list holds the first matches by name only, up to a limit
 * ({@code jiceng.register.broad-search-count}, 1,000), says "more than 1,000" and asks for more of the name. Each of
 * its {@code branches} (first character, last character, identity number, phone) is read on its own in name order
 * and the first thousand of them kept; on PostgreSQL the first and last characters are indexed with the name
 * (repeatable migration {@code R__organization_people_name_ends}), so each branch stops after its first thousand
 * index entries instead of counting and sorting the surname's 50,000 people.
 */
record NameSearch(String predicate, Map<String, Object> params, List<String> branches) {

    /** Shorter parts of a name than this are matched at its start or end only. */
    static final int INFIX_LENGTH = 3;

    NameSearch(String predicate, Map<String, Object> params) {
        this(predicate, params, List.of());
    }

    /** Whether the search is broad (see the class comment): its branches are read on their own, each in name order. */
    boolean broad() {
        return !branches.isEmpty();
    }

    /** The search as a province's or city's users run it (see the class comment). */
    static NameSearch of(String text) {
        return of(text, true);
    }

    static NameSearch of(String text, boolean wide) {
        String q = text.trim();
        String name = q.replace("%", "").replace("_", "");
        // Identity and phone numbers hold digits: a text without one is a name only, so the search can be answered
        // from the index of org, status and name without reading the people's rows (PeopleQueries).
        boolean number = q.chars().anyMatch(c -> c >= '0' && c <= '9');
        String byNumber = number ? " OR p.id_number = :qUpper OR p.phone = :q)" : ")";
        if (!wide && name.codePointCount(0, name.length()) < INFIX_LENGTH) {
            // Within a county the scope is read first; "p.name || ''" keeps PostgreSQL from asking the trigram index,
            // which has no trigram for one or two characters and would hand back every row of the province to
            // recheck (929 ms for 任浩 in a county of the province, against 53 ms through the scope).
            return new NameSearch("((p.name || '') LIKE :qLike" + byNumber,
                    Map.of("qLike", "%" + name + "%", "qUpper", q.toUpperCase(), "q", q));
        }
        if (!wide || name.codePointCount(0, name.length()) >= INFIX_LENGTH) {
            return new NameSearch("(p.name LIKE :qLike" + byNumber,
                    Map.of("qLike", "%" + name + "%", "qUpper", q.toUpperCase(), "q", q));
        }
        if (name.codePointCount(0, name.length()) == 1) {
            List<String> branches = number ? List.of("SUBSTRING(p.name, 1, 1) = :qChar",
                    "SUBSTRING(p.name, CHAR_LENGTH(p.name), 1) = :qChar", "p.id_number = :qUpper", "p.phone = :q")
                    : List.of("SUBSTRING(p.name, 1, 1) = :qChar", "SUBSTRING(p.name, CHAR_LENGTH(p.name), 1) = :qChar");
            return new NameSearch("(" + String.join(" OR ", branches) + ")",
                    Map.of("qChar", name, "qUpper", q.toUpperCase(), "q", q), branches);
        }
        return new NameSearch("(p.name LIKE :qStart OR p.name LIKE :qEnd" + byNumber,
                Map.of("qStart", name + "%", "qEnd", "%" + name, "qUpper", q.toUpperCase(), "q", q));
    }
}
