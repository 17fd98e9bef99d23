package org.jiceng.configuration;

/**
 * The code lists' SQL vocabulary, for a module that shows a code's label in a query of its own tables: the join is
 * written here, where {@code code_items} is owned, so no other module names that table. Other modules otherwise read
 * labels through {@link CodeLists}.
 */
public final class CodeSql {

    private CodeSql() {
    }

    /**
     * Joins the item of a code list that a column holds, under an alias whose {@code label} is the code's label (or
     * null when the code is not in the list).
     *
     * @param alias      the alias for the item, e.g. {@code ci}; select {@code ci.label}
     * @param listCode   a code list's constant (never user input), e.g. {@code TRAINING_CATEGORY}
     * @param codeColumn the column holding the code, e.g. {@code r.category}
     */
    public static String leftJoinItem(String alias, String listCode, String codeColumn) {
        if (!listCode.matches("[A-Z_]+")) {
            throw new IllegalArgumentException("not a code list: " + listCode);
        }
        return " LEFT JOIN code_items " + alias + " ON " + alias + ".list_code = '" + listCode + "' AND "
                + alias + ".code = " + codeColumn;
    }
}
