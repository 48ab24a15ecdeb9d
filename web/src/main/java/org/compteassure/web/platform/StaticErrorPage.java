package org.compteassure.web.platform;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An error answered by a filter, before or around everything else: a static page under {@code WEB-INF/errors/} for
 * people, problem details in the caller's language under the applications' {@code /api/v1/}, a French JSON message
 * under the fund's {@code /api/}. No view renders it, so it needs neither Faces nor the database.
 */
final class StaticErrorPage {

    private StaticErrorPage() {
    }

    /**
     * {@code page} e.g. "413.html"; {@code problem} the problem's code in the messages ({@code api.problem.*}).
     */
    static void send(ServletContext context, HttpServletRequest request, HttpServletResponse response, int status,
                     String apiMessage, String problem, String page) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (Problems.isAppApi(path)) {
            Problems.write(response, status, problem, request.getHeader("Accept-Language"));
            return;
        }
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(ApiErrors.claimsBody(apiMessage));
            return;
        }
        response.setContentType("text/html");
        try (InputStream html = context.getResourceAsStream("/WEB-INF/errors/" + page)) {
            response.getOutputStream().write(html.readAllBytes());
        }
    }
}
