package org.compteassure.web.platform;

import io.undertow.server.RequestTooBigException;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.compteassure.service.messaging.NewAttachment;

/**
 * Every request body is bounded by what its page or API needs, before anything reads it (first filter: even the
 * language filter reads parameters; after the security headers). A declared length above the limit is answered at once with 413 and a French
 * page (or JSON under /api), unread, and the connection is closed; a body without a length (chunked) is cut at the
 * limit by Undertow itself ({@code setMaxEntitySize}), which closes the connection there (nothing more is read). The listeners' max-post-size
 * (configure.cli) stays the absolute ceiling: the payment CSV import.
 */
public class RequestSizeFilter extends HttpFilter {

    /** Any form of a page: far above what its fields hold (the longest, a message, is 4 000 characters). */
    static final long FORM = 512 * 1024;

    /** A JSON API call (a person of the register, a card status). */
    static final long API = 256 * 1024;

    /** The payment feed: 1 000 payments (PaymentFeedResource). */
    static final long PAYMENT_FEED = 4 * 1024 * 1024;

    /** A message with its attachments: enough for each file to be refused by name when too big, not by the server. */
    static final long MESSAGE_WITH_FILES = (NewAttachment.MAX_BYTES + 1024 * 1024) * 3L + FORM;

    /** A message of the applications' API: its files in base64 (a third more), plus the text. */
    static final long APP_MESSAGE = MESSAGE_WITH_FILES / 3 * 4 + API;

    /** A payment CSV file (web.xml's multipart-config and configure.cli's CA_MAX_POST_BYTES default). */
    static final long IMPORT = 210_763_776;

    static final String API_TOO_BIG = "Le corps de la requête est trop volumineux pour cette API : il n'a pas été"
            + " lu, rien n'a été enregistré. Envoyez-en moins par appel.";

    private static final Set<String> MESSAGE_PAGES = Set.of("/espace/nouveau-message", "/espace/conversation",
            "/conseiller/conversation");

    /** The largest body this path takes; multipart only where a page takes files. */
    static long limit(String path, String contentType) {
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/form-data");
        if (path.equals("/api/paiements")) {
            return PAYMENT_FEED;
        }
        if (path.startsWith(Problems.API_PATH + "fils")) {
            return APP_MESSAGE;
        }
        if (path.startsWith("/api/")) {
            return API;
        }
        if (multipart && path.equals("/admin/imports")) {
            return IMPORT;
        }
        if (multipart && MESSAGE_PAGES.contains(path)) {
            return MESSAGE_WITH_FILES;
        }
        return FORM;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limit(path, request.getContentType());
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        ServletRequestContext context = ServletRequestContext.current();
        if (context != null) {
            context.getExchange().setMaxEntitySize(limit);
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!tooBig(e)) {
                throw e;
            }
            // Undertow has usually closed the connection already (UT000020); when it has not, the same 413.
            if (!response.isCommitted()) {
                response.reset();
                SecurityHeadersFilter.apply(request, response);
                refuse(request, response);
            }
        }
    }

    /** Whether Undertow cut this body at the limit (a body sent without its length). */
    static boolean tooBig(Throwable e) {
        return ApiErrors.causedBy(e, RequestTooBigException.class);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        StaticErrorPage.send(getServletContext(), request, response, 413, API_TOO_BIG, "trop-volumineux", "413.html");
    }
}
