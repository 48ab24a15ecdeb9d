package org.compteassure.web.platform;

import jakarta.json.Json;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An error answered by a filter, before or around everything else: a static page under {@code WEB-INF/errors/} for
 * people, a French JSON message under {@code /api/}. No view renders it, so it needs neither Faces nor the database.
 */
final class StaticErrorPage {

    private StaticErrorPage() {
    }

    /** {@code path} is the request's, without the context path; {@code page} e.g. "413.html". */
    static void send(ServletContext context, String path, HttpServletResponse response, int status, String apiMessage,
                     String page) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(Json.createObjectBuilder().add("message", apiMessage).build().toString());
            return;
        }
        response.setContentType("text/html");
        try (InputStream html = context.getResourceAsStream("/WEB-INF/errors/" + page)) {
            response.getOutputStream().write(html.readAllBytes());
        }
    }
}
