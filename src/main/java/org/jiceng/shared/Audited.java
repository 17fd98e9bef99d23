package org.jiceng.shared;

/**
 * Published by every write (and by sign-in events): the audit module records it in the same transaction as the
 * change. {@code before} and {@code after} are the object's values (records or maps), null where there is none.
 */
public record Audited(String action, String objectType, Long objectId, String objectLabel, Long orgId,
                      Object before, Object after) {

    public static Audited created(String type, Long id, String label, Long orgId, Object after) {
        return new Audited("CREATE", type, id, label, orgId, null, after);
    }

    public static Audited updated(String type, Long id, String label, Long orgId, Object before, Object after) {
        return new Audited("UPDATE", type, id, label, orgId, before, after);
    }
}
