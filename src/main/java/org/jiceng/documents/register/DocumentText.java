package org.jiceng.documents.register;

/** The text of a document as uploaded: its file name, type and bytes. */
public record DocumentText(String fileName, String contentType, byte[] content) {
}
