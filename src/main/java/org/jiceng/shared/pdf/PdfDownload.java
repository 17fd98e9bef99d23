package org.jiceng.shared.pdf;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PDF as the answer of a page link or an API call: inline, with its Chinese file name (UTF-8, RFC 6266). */
public final class PdfDownload {

    private PdfDownload() {
    }

    public static ResponseEntity<byte[]> of(String title, byte[] pdf) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(title + ".pdf", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
