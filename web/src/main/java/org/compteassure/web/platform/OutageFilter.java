package org.compteassure.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * During a database outage every request gets 503 and the static French page « Service momentanément indisponible »
 * ({@code WEB-INF/errors/503.html}), JSON under {@code /api/}: never a 500, a stack trace or an empty page. The page
 * is a file, not a view, so that showing it needs no database (the template asks it who is logged in and how many
 * replies are unread). The transaction of the request has been rolled back by then (its exception crossed the
 * service); the pool's validation (configure.cli) gives working connections again as soon as the database is back.
 */
public class OutageFilter extends HttpFilter {

    static final String API_UNAVAILABLE =
        "Le service est momentanément indisponible : rien n'a été enregistré. Réessayez dans quelques instants.";

    private static final Logger LOG = Logger.getLogger(OutageFilter.class.getName());

    /** Seconds a client is told to wait (Retry-After): the pool gives connections again within them. */
    static final String RETRY_AFTER = "10";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.is(e)) {
                throw e;
            }
            LOG.warning(() -> "Database unavailable, answered 503: " + request.getRequestURI() + " (" + e + ")");
            if (!response.isCommitted()) {
                response.reset();
                SecurityHeadersFilter.apply(request, response);
                unavailable(request, response);
            }
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setHeader("Cache-Control", "no-store");
        StaticErrorPage.send(getServletContext(), request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                API_UNAVAILABLE, "indisponible", "503.html");
    }
}
