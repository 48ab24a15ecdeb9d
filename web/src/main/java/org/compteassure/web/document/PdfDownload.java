package org.compteassure.web.document;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.compteassure.service.document.DocumentService.Pdf;

/** Sends a generated PDF as a download: never cached, since it names a person. */
public final class PdfDownload {

    private PdfDownload() {
    }

    public static void send(HttpServletResponse response, Pdf pdf) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.bytes().length);
        response.getOutputStream().write(pdf.bytes());
    }
}
