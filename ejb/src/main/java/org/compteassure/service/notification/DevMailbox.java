package org.compteassure.service.notification;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Reads what the embedded mail sink (GreenMail's REST API) received: the dev mailbox page shows it to a person,
 * and the integration tests read the codes that were really sent. Never used against a real SMTP relay.
 */
public class DevMailbox {

    /** One received mail, decoded; {@code sentAt} from its Date header (null if it has none). */
    public record ReceivedMail(String to, String subject, String text, String html, Instant sentAt) {

        /** Mails by date, newest first; those without a date last. */
        public static List<ReceivedMail> newestFirst(List<ReceivedMail> mails) {
            return mails.stream().sorted(Comparator.comparing(ReceivedMail::sentAt,
                    Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).reversed()).toList();
        }
    }

    private static final Session PARSER = Session.getInstance(new Properties());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String apiUrl;

    public DevMailbox(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    /** Every mail received, newest first (the one a person just asked for is on top). */
    public List<ReceivedMail> all() {
        List<ReceivedMail> mails = new ArrayList<>();
        addresses().forEach(address -> mails.addAll(to(address)));
        return ReceivedMail.newestFirst(mails);
    }

    /** Every address the sink received mail for. */
    public List<String> addresses() {
        return get("/api/user").getValuesAs(JsonObject.class).stream().map(user -> user.getString("email")).toList();
    }

    /** The mails received for one address as they arrived (MIME text, every header), oldest first. */
    public List<String> raw(String address) {
        return get(path(address)).getValuesAs(JsonObject.class).stream().map(json -> json.getString("mimeMessage"))
                .toList();
    }

    /** The mails received for one address, oldest first. */
    public List<ReceivedMail> to(String address) {
        return mails(address, get(path(address)));
    }

    /** Where the sink's API lists one address's mails (GET, a JSON array; 400 while it has received none). */
    private static String path(String address) {
        return "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX";
    }

    /** The mails of one address in an answer of the sink's API read by another client (the benchmarks' journeys). */
    public static List<ReceivedMail> parse(String address, String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return mails(address, reader.readArray());
        }
    }

    private static List<ReceivedMail> mails(String address, JsonArray mails) {
        return mails.getValuesAs(JsonObject.class).stream()
                .map(json -> decode(address, json.getString("mimeMessage")))
                .toList();
    }

    private JsonArray get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(apiUrl + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                // GreenMail answers 400 for an address that has received nothing yet.
                return Json.createArrayBuilder().build();
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Mail sink unreachable at " + apiUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ReceivedMail decode(String address, String raw) {
        try {
            MimeMessage message = new MimeMessage(PARSER, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            Date sent = message.getSentDate();
            return new ReceivedMail(address, message.getSubject(), part(message, "text/plain"), part(message, "text/html"),
                    sent == null ? null : sent.toInstant());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Undecodable mail for " + address, e);
        }
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
