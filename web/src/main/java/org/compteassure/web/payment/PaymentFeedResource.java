package org.compteassure.web.payment;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.compteassure.service.payment.FeedEntry;
import org.compteassure.service.payment.FeedResult;
import org.compteassure.service.payment.PaymentFeed;
import org.compteassure.service.payment.PaymentItem;
import org.compteassure.web.platform.JsonBodies;

/**
 * POST /api/paiements: the claims system sends a JSON array of at most {@value PaymentFeed#MAX_ITEMS} payments
 * (docs/features.md, "The payment feed"). All or nothing: 200 with the counts when every item is accepted; otherwise 400 with
 * each refused item's index, reference and reasons, and nothing written. Errors are in French, never a 500.
 */
@Path("/paiements")
public class PaymentFeedResource {

    /** Far above 1 000 real items; a bigger body is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    @EJB
    private PaymentFeed feed;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return refused(413, "Le corps de la requête dépasse 4 Mo : envoyez au plus " + PaymentFeed.MAX_ITEMS
                    + " paiements par appel, ou un import CSV pour les gros volumes.");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (JsonBodies.tooDeep(text)) {
            return refused(JsonBodies.TOO_DEEP);
        }
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonStructure json = reader.read();
            if (!(json instanceof JsonArray a)) {
                return refused("Le corps de la requête doit être un tableau JSON de paiements.");
            }
            array = a;
        } catch (JsonException e) {
            return refused("Le corps de la requête n'est pas un JSON valide.");
        }
        if (array.isEmpty()) {
            return refused("Le tableau de paiements est vide.");
        }
        if (array.size() > PaymentFeed.MAX_ITEMS) {
            return refused("Au plus " + PaymentFeed.MAX_ITEMS + " paiements par appel (" + array.size()
                    + " reçus) : découpez le lot, ou utilisez l'import CSV pour les gros volumes.");
        }
        List<FeedEntry> entries = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            entries.add(array.get(i) instanceof JsonObject item ? FeedEntry.of(i, PaymentItem.of(name -> text(item, name)))
                    : FeedEntry.unreadable(i, "un paiement est un objet JSON"));
        }
        FeedResult result = feed.submit(entries);
        if (!result.rejections().isEmpty()) {
            JsonArrayBuilder rejected = Json.createArrayBuilder();
            result.rejections().forEach(r -> {
                var entry = Json.createObjectBuilder().add("index", r.position());
                if (r.reference() != null) {
                    entry.add("reference", r.reference());
                }
                rejected.add(entry.add("reason", r.reason()));
            });
            return Response.status(Response.Status.BAD_REQUEST).entity(Json.createObjectBuilder()
                    .add("message", result.rejections().size() + " paiement(s) refusé(s) : rien n'a été enregistré.")
                    .add("rejected", rejected).build()).build();
        }
        return Response.ok(Json.createObjectBuilder().add("inserted", result.inserted())
                .add("updated", result.updated()).add("unchanged", result.unchanged()).build()).build();
    }

    /** A field as text: strings as they are, numbers as written; null when absent or JSON null. */
    private static String text(JsonObject item, String name) {
        JsonValue value = item.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static Response refused(String message) {
        return refused(400, message);
    }

    private static Response refused(int status, String message) {
        return Response.status(status)
                .entity(Json.createObjectBuilder().add("message", message).build()).build();
    }
}
