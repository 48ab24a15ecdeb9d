package org.compteassure.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The application seen over plain HTTP, as one browser without JavaScript: a cookie jar, Faces forms filled and
 * posted like a person would, and the test-support calls.
 */
public final class Site {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public Site(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /**
     * Opens the page, then submits its form {@code form} with these fields (ids inside the form) through the
     * button {@code form:submit}.
     */
    public HttpResponse<String> submit(String path, String form, Map<String, String> fields) {
        return submitOn(get(path), form, fields);
    }

    /** Submits form {@code form} of a page opened earlier (a second tab, say), through its button {@code form:submit}. */
    public HttpResponse<String> submitOn(HttpResponse<String> page, String form, Map<String, String> fields) {
        FilledForm filled = fill(page, form, fields);
        return post(filled.uri(), filled.data());
    }

    /** A form filled in, ready to post: where to, and its fields (the view state and the submit button included). */
    public record FilledForm(URI uri, Map<String, String> data) {
    }

    /** Opens the page and fills its form {@code form}, for a caller that posts it in its own way (multipart). */
    public FilledForm fill(String path, String form, Map<String, String> fields) {
        return fill(get(path), form, fields);
    }

    private static FilledForm fill(HttpResponse<String> page, String form, Map<String, String> fields) {
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new AssertionError("No form on " + page.uri() + " (status " + page.statusCode() + ")");
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put(form, form);
        fields.forEach((field, value) -> data.put(form + ":" + field, value));
        data.put(form + ":submit", "x");
        data.put("jakarta.faces.ViewState", state.group(1));
        return new FilledForm(page.uri(), data);
    }

    /** A file (a PDF) by GET, as bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Submits a form whose button answers with a file (a PDF), and returns its bytes. */
    public HttpResponse<byte[]> download(String path, String form) {
        FilledForm filled = fill(path, form, Map.of());
        return send(formPost(filled.uri(), filled.data()), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a filled form whose answer is a file (a ZIP), as bytes. */
    public HttpResponse<byte[]> postBytes(URI uri, Map<String, String> data) {
        return send(formPost(uri, data), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(URI uri, Map<String, String> data) {
        return send(formPost(uri, data));
    }

    private static HttpRequest formPost(URI uri, Map<String, String> data) {
        String body = data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Calls the test-support servlet (arranging data, moving the clock). */
    public void support(String operation, Map<String, String> parameters) {
        HttpResponse<String> response = post(URI.create(base + "/test-support/" + operation), parameters);
        assertEquals(204, response.statusCode(), "test support " + operation + ": " + response.body());
    }

    /** Puts a person in the register (as the claims system would). */
    public void register(People.Person person) {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("nir", person.nir13(), "familyName", "TESTEUR",
                "givenNames", person.givenNames(), "birthDate", person.birthDate().toString(), "iban", person.iban(),
                "vitale", person.vitale()));
        if (person.email() != null) {
            parameters.put("email", person.email());
        }
        support("person", parameters);
    }

    /** A new claims-system account (the caller of the APIs), as the {@code Authorization} header it sends. */
    public String claimsSystem() {
        String user = "liquidation-" + System.nanoTime();
        support("staff", Map.of("username", user, "password", "Liquidation-2026!", "role", "claims-system"));
        return basic(user, "Liquidation-2026!");
    }

    /** HTTP Basic's {@code Authorization} header value. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Row counts of the tables refused input must not touch. */
    public String counts() {
        return get("/test-support/count").body();
    }

    /** The application's clock (moved by {@link #advanceClock}), which TOTP codes follow. */
    public java.time.Instant now() {
        return java.time.Instant.ofEpochSecond(Long.parseLong(get("/test-support/now").body().strip()));
    }

    public void advanceClock(long seconds) {
        support("clock", Map.of("seconds", String.valueOf(seconds)));
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> sendBytes(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The visible text of the page's main content, spaces folded, for assertions on what a person reads. */
    public static String text(HttpResponse<String> page) {
        String html = page.body();
        int start = html.indexOf("<main");
        int end = html.indexOf("</main>");
        String main = start >= 0 && end > start ? html.substring(start, end) : html;
        return main.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
