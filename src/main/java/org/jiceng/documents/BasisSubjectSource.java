package org.jiceng.documents;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by a module whose things rest on documents, so a document's page can offer them for citing and link
 * to them (training implements it for its plans). A module may also cite through {@link BasisDocuments} without one;
 * its citations then show with the name they were given and no link.
 */
public interface BasisSubjectSource {

    /** The subject kind this source answers for, e.g. {@code TRAINING_PLAN}. */
    String kind();

    /** The kind as users read it, e.g. 培训计划. */
    String kindLabel();

    /** The subjects of {@code year} the signed-in user may cite a document for: those of orgs in their scope. */
    List<BasisSubject> choices(int year);

    /** The subject with this id if it exists and lies in the signed-in user's scope. */
    Optional<BasisSubject> find(String subjectId);

    /** The page of the subject, for links from the document's page. */
    String href(String subjectId);
}
