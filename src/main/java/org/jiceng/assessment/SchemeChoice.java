package org.jiceng.assessment;

/** A published scheme offered when opening a campaign. */
public record SchemeChoice(long id, String label, SubjectKind subject) {
}
