package org.jiceng.documents.register;

/**
 * The filters of the documents list: year, kind (code), the issuing org ({@code issuer}; only narrows what the user
 * may read anyway) and text found in the number, title or summary.
 */
public record DocumentFilter(Integer year, String kind, Long issuer, String q) {

    boolean hasText() {
        return q != null && !q.isBlank();
    }
}
