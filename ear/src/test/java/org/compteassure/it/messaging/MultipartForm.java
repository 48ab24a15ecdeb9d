package org.compteassure.it.messaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.compteassure.it.support.Site;

/** A Faces form with file fields posted as multipart/form-data, as a browser does, with the site's cookies. */
public final class MultipartForm {

    private final Site site;
    private final HttpClient http;

    public MultipartForm(Site site) {
        this.site = site;
        // Redirects are followed by hand: HttpClient would repeat the multipart Content-Type on the GET that follows.
        this.http = HttpClient.newBuilder().cookieHandler(site.cookies()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Opens the page and submits its form {@code form} with these text fields and files (name → bytes) in "files". */
    public HttpResponse<String> submit(String path, String form, Map<String, String> fields, Map<String, byte[]> files) {
        Site.FilledForm filled = site.fill(path, form, fields);
        String boundary = "----ca" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        filled.data().forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        files.forEach((fileName, content) -> {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + form + ":files\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        });
        write(body, "--" + boundary + "--\r\n");
        HttpResponse<String> posted = send(HttpRequest.newBuilder(filled.uri())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return posted.headers().firstValue("Location")
                .map(location -> site.send(HttpRequest.newBuilder(filled.uri().resolve(location)).GET().build()))
                .orElse(posted);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
