package org.jiceng.documents.citation;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.documents.BasisSubject;
import org.jiceng.documents.register.BasisDocument;
import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * What may rest on which document.
 * <ul>
 *   <li>A rule rests on the documents of its own org or of an org above it: 郭店镇's training plan on 郭店镇's or the
 *       county's 实施方案, never on another township's or a village's (documents bind downward, DOMAIN decision 7).</li>
 *   <li>A subject cites a document once.</li>
 *   <li>The note saying why is at most 500 characters.</li>
 * </ul>
 */
final class CitationRules {

    static final int NOTE_MAX = 500;

    private CitationRules() {
    }

    /**
     * @param issuedAtOrAbove whether the document's org is the subject's org or one of its ancestors
     * @param alreadyCited    whether the subject already cites the document
     */
    static List<FieldError> check(BasisDocument document, BasisSubject subject, boolean issuedAtOrAbove,
                                  boolean alreadyCited, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (!issuedAtOrAbove) {
            errors.add(new FieldError("subject", document.display() + "是" + document.orgName() + "的文件，"
                    + subject.label() + "只能以本单位或上级的文件为依据"));
        } else if (alreadyCited) {
            errors.add(new FieldError("subject", subject.label() + "已引用" + document.display()));
        }
        if (note != null && note.length() > NOTE_MAX) {
            errors.add(new FieldError("note", "说明不超过" + NOTE_MAX + "字"));
        }
        return errors;
    }
}
