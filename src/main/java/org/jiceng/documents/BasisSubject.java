package org.jiceng.documents;

/**
 * Something of another module that rests on a document (a training plan, a 考核方案, a pay standard, a reward rule):
 * its {@code kind}, an open code the owning module chooses (e.g. {@code TRAINING_PLAN}); its {@code id} within that
 * kind (e.g. {@code "87/2010"}, see {@link #orgYear}); the org it belongs to, which decides who sees the citation;
 * and its name as users read it (e.g. 郭店镇2010年培训计划).
 */
public record BasisSubject(String kind, String id, long orgId, String label) {

    /** The id of a subject that is one org's for one year, such as a training plan: {@code "orgId/year"}. */
    public static String orgYear(long orgId, int year) {
        return orgId + "/" + year;
    }
}
