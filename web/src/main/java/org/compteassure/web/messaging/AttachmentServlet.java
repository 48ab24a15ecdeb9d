package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.messaging.AttachmentFile;
import org.compteassure.service.messaging.MessagingService;

/**
 * Downloads an attachment: /espace/piece-jointe/{id} for the insured person (only their own threads) and
 * /conseiller/piece-jointe/{id} for advisers (logged in the person's access log). Always as a download, with the
 * type found from the content and {@code nosniff}, so a file can never run as a page of this site.
 */
@WebServlet(urlPatterns = {"/espace/piece-jointe/*", "/conseiller/piece-jointe/*"})
public class AttachmentServlet extends HttpServlet {

    @EJB
    private MessagingService messaging;

    @EJB
    private AdviserDeskService desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentFile file;
        try {
            file = request.getServletPath().startsWith("/espace/")
                    ? messaging.attachment(id) : desk.attachment(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", disposition(file.fileName()));
        response.getOutputStream().write(file.content());
    }

    /** {@code Content-Disposition} of a file sent as a download, its name in ASCII and in UTF-8 (RFC 6266). */
    public static String disposition(String fileName) {
        // The quoted name keeps printable ASCII but no quote or backslash, which would end or escape it early.
        String asciiName = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
