package org.jiceng.documents.citation;

import java.util.List;

import org.jiceng.documents.BasisSubject;

/** The subjects of one kind the user may cite a document for, e.g. the training plans of 2010 in their scope. */
public record SubjectGroup(String kind, String kindLabel, List<BasisSubject> subjects) {
}
