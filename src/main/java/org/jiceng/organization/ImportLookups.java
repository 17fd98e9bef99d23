package org.jiceng.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeItem;
import org.jiceng.configuration.CodeLists;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one import checks rows against, read once per import so 15,000 rows cost no extra queries: the active code
 * lists (by code and by label) and the branches under the import's org (by 组织编码, short name and full name; a name
 * two branches share is ambiguous and must be given by code).
 */
final class ImportLookups {

    static final List<String> LISTS = List.of(CodeLists.GENDER, CodeLists.ETHNICITY, CodeLists.EDUCATION,
            CodeLists.WORK_POST, CodeLists.MEMBERSHIP_STATUS);
    private static final long AMBIGUOUS = -1;

    private final Map<String, Map<String, String>> codes = new HashMap<>();
    private final Map<String, Long> branches = new HashMap<>();
    private final Long ownBranch;
    private final String defaultMembershipStatus;

    ImportLookups(CodeLists codeLists, JdbcClient jdbc, long orgId) {
        for (String list : LISTS) {
            Map<String, String> byText = new HashMap<>();
            for (CodeItem item : codeLists.items(list)) {
                byText.put(item.code(), item.code());
                byText.putIfAbsent(item.label(), item.code());
            }
            codes.put(list, byText);
        }
        defaultMembershipStatus = codeLists.items(CodeLists.MEMBERSHIP_STATUS).stream().findFirst()
                .map(CodeItem::code).orElse(null);
        Long own = null;
        for (var b : jdbc.sql("""
                SELECT o.id, o.code, o.short_name, o.name FROM orgs o
                WHERE o.org_type IN ('BRANCH', 'GENERAL_BRANCH')
                  AND o.id IN (SELECT t.descendant_id FROM org_tree t WHERE t.ancestor_id = ?)""").param(orgId)
                .query((rs, i) -> new Object[] {rs.getLong("id"), rs.getString("code"), rs.getString("short_name"),
                        rs.getString("name")}).list()) {
            long id = (Long) b[0];
            if (id == orgId) {
                own = id;
            }
            for (int i = 1; i < 4; i++) {
                if (b[i] != null) {
                    branches.merge((String) b[i], id, (a, c) -> a.equals(c) ? a : AMBIGUOUS);
                }
            }
        }
        ownBranch = own;
    }

    /** The code for a cell holding a code or a label; the text itself when the list has no such item. */
    String code(String list, String text) {
        return text == null ? null : codes.get(list).getOrDefault(text, text);
    }

    boolean isCode(String list, String code) {
        return code != null && codes.get(list).containsKey(code) && codes.get(list).get(code).equals(code);
    }

    String defaultMembershipStatus() {
        return defaultMembershipStatus;
    }

    /** The import's own org when it is a branch itself, so the 所在党支部 cell may be left empty. */
    Long ownBranch() {
        return ownBranch;
    }

    /** The branch a cell names, empty when none under the org has that code or name, or when two share the name. */
    java.util.Optional<Long> branch(String text) {
        Long id = branches.get(text);
        return id == null || id == AMBIGUOUS ? java.util.Optional.empty() : java.util.Optional.of(id);
    }

    boolean isAmbiguous(String text) {
        return Long.valueOf(AMBIGUOUS).equals(branches.get(text));
    }
}
