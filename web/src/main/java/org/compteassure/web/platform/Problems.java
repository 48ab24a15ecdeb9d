package org.compteassure.web.platform;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The errors of the applications' API (/api/v1) as RFC 9457 problem details ({@code application/problem+json}), in
 * French or English after {@code Accept-Language} (French by default): {@code type} names the problem (docs/api.md
 * lists them), {@code title} and {@code detail} are for a person, {@code status} repeats the HTTP status.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The prefix of every problem's {@code type}; the rest is the problem's code (docs/api.md). */
    public static final String TYPE = "urn:compte-assure:probleme:";
    public static final String API_PATH = "/api/v1/";

    private Problems() {
    }

    /** English if the caller's first acceptable language is English, French otherwise. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().split("-")[0];
                    if (language.equals("en") || language.equals("fr")) {
                        return Locale.forLanguageTag(language);
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                // falls back to French
            }
        }
        return Locale.FRENCH;
    }

    /** The problem's JSON: its type, title and detail (from the bundle, {@code api.problem.<code>.*}), its status. */
    public static String json(int status, String code, Locale locale) {
        return json(status, code, "api.problem." + code + ".detail", locale);
    }

    private static String json(int status, String code, String detailKey, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", TYPE + code)
                .add("title", bundle.getString("api.problem." + code + ".title"))
                .add("status", status)
                .add("detail", bundle.containsKey(detailKey) ? bundle.getString(detailKey)
                        : bundle.getString("api.problem." + code + ".detail"));
        return problem.build().toString();
    }

    /**
     * A business rule refused the call: 422, whose detail is the words the pages show for that refusal
     * ({@code error.<ExceptionName>}, as BusinessExceptionHandler).
     */
    public static Response refused(String exceptionName, String acceptLanguage) {
        Locale locale = locale(acceptLanguage);
        return Response.status(422).type(MEDIA_TYPE + ";charset=UTF-8").header("Content-Language", locale.getLanguage())
                .entity(json(422, "refuse", "error." + exceptionName, locale)).build();
    }

    /** For a JAX-RS resource or mapper. */
    public static Response response(int status, String code, String acceptLanguage) {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Language", locale(acceptLanguage).getLanguage())
                .entity(json(status, code, locale(acceptLanguage))).build();
    }

    /** For a filter or the authentication mechanism, before JAX-RS. */
    public static void write(HttpServletResponse response, int status, String code, String acceptLanguage)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Content-Language", locale(acceptLanguage).getLanguage());
        response.getWriter().write(json(status, code, locale(acceptLanguage)));
        // Committed, so that the container's error handling (a 401's or 429's page) cannot replace it.
        response.flushBuffer();
    }

    /** Whether this application path is the applications' API. */
    public static boolean isAppApi(String path) {
        return path.startsWith(API_PATH);
    }
}
