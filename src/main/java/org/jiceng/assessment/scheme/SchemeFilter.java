package org.jiceng.assessment.scheme;

import org.jiceng.assessment.engine.SubjectKind;

/** Filters of the scheme list: year, subject and status, each optional. */
record SchemeFilter(Integer year, SubjectKind subject, SchemeStatus status) {
}
