package org.compteassure.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * Chromium without network, as DevTools' « Offline » makes it: the page (chromedriver's network conditions) and every
 * service worker (CDP {@code Network.emulateNetworkConditions} on each worker's own target, which the page's
 * conditions do not reach: a worker's {@code fetch} would still go out). Closing brings the network back.
 */
public final class Offline implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final List<Target> workers = new ArrayList<>();

    private Offline(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Takes the network away from the page and from the service workers running now. */
    public static Offline cut(ChromeDriver driver) {
        Offline offline = new Offline(driver);
        ChromiumNetworkConditions none = new ChromiumNetworkConditions();
        none.setOffline(true);
        driver.setNetworkConditions(none);
        HttpClient http = HttpClient.newHttpClient();
        String debugger = String.valueOf(((Map<?, ?>) driver.getCapabilities().getCapability("goog:chromeOptions"))
                .get("debuggerAddress"));
        try {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://" + debugger + "/json/list")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            try (var reader = Json.createReader(new StringReader(list))) {
                for (JsonObject target : reader.readArray().getValuesAs(JsonObject.class)) {
                    if ("service_worker".equals(target.getString("type"))) {
                        Target worker = new Target(http, URI.create(target.getString("webSocketDebuggerUrl")));
                        offline.workers.add(worker);
                        worker.call("Network.enable", Json.createObjectBuilder().build());
                        worker.call("Network.emulateNetworkConditions", conditions(true));
                    }
                }
            }
        } catch (java.io.IOException e) {
            offline.close();
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            offline.close();
            throw new IllegalStateException(e);
        }
        if (offline.workers.isEmpty()) {
            offline.close();
            throw new IllegalStateException("no service worker is running: nothing would be tested offline");
        }
        return offline;
    }

    @Override
    public void close() {
        for (Target worker : workers) {
            try {
                worker.call("Network.emulateNetworkConditions", conditions(false));
            } finally {
                worker.close();
            }
        }
        driver.deleteNetworkConditions();
    }

    private static JsonObject conditions(boolean offline) {
        return Json.createObjectBuilder().add("offline", offline).add("latency", 0)
                .add("downloadThroughput", -1).add("uploadThroughput", -1).build();
    }

    /** One DevTools target's own connection: commands in order, each waiting for its answer. */
    private static final class Target implements WebSocket.Listener {

        private final WebSocket socket;
        private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private int next;

        Target(HttpClient http, URI address) {
            socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(address, this).join();
        }

        void call(String method, JsonObject params) {
            int id = ++next;
            CompletableFuture<JsonObject> answer = new CompletableFuture<>();
            pending.put(id, answer);
            socket.sendText(Json.createObjectBuilder().add("id", id).add("method", method).add("params", params)
                    .build().toString(), true).join();
            try {
                JsonObject reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                if (reply.containsKey("error")) {
                    throw new IllegalStateException(method + ": " + reply.get("error"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException(method + " unanswered", e);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try (var reader = Json.createReader(new StringReader(partial.toString()))) {
                    JsonObject message = reader.readObject();
                    if (message.containsKey("id")) {
                        CompletableFuture<JsonObject> answer = pending.remove(message.getInt("id"));
                        if (answer != null) {
                            answer.complete(message);
                        }
                    }
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        }
    }
}
