package org.jiceng.assessment.scheme;

import org.jiceng.assessment.engine.SubjectKind;

/** A published scheme offered when opening a campaign. */
public record SchemeChoice(long id, String label, SubjectKind subject) {
}
