package org.jiceng.assessment;

/** Filters of the scheme list: year, subject and status, each optional. */
record SchemeFilter(Integer year, SubjectKind subject, SchemeStatus status) {
}
