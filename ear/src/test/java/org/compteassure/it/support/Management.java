package org.compteassure.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WildFly's management interface as an operator reads it: /metrics (Prometheus) and /health. */
public final class Management {

    private Management() {
    }

    /** The value of the first sample of {@code name} (a regular expression, labels included if given). */
    public static double metric(String name) {
        return metric(port(), name);
    }

    /** The same, from the server whose management interface is on {@code port}. */
    public static double metric(int port, String name) {
        String body = get(port, "/metrics").body();
        Matcher sample = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$").matcher(body);
        assertTrue(sample.find(), () -> name + " is not in /metrics: " + body.lines()
                .filter(line -> line.startsWith("compte_assure")).toList());
        return Double.parseDouble(sample.group(2));
    }

    /** From a client test (it.management.port) or inside the server (9990 + its port offset). */
    public static HttpResponse<String> get(String path) {
        return get(port(), path);
    }

    private static int port() {
        return Integer.getInteger("it.management.port",
                9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }

    /** A path of the management interface on {@code port}. */
    public static HttpResponse<String> get(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("the management interface did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
