package org.jiceng.shared.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Starts an .xlsx download: the content type and a Chinese file name with today's date. */
public final class ExcelDownload {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExcelDownload() {
    }

    /** @param clock the business clock: the file name carries its date */
    public static OutputStream start(HttpServletResponse response, String title, Clock clock) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + "-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8).build().toString());
        return response.getOutputStream();
    }
}
