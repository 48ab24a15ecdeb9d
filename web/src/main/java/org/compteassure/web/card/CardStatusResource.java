package org.compteassure.web.card;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.compteassure.persistence.card.CardStatus;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.card.CardService;
import org.compteassure.service.card.InvalidStatusChangeException;
import org.compteassure.web.platform.JsonBodies;

/**
 * POST /api/cartes/{id}/statut {"statut": "IN_PRODUCTION" | "SENT"}: the card maker (role claims-system, web.xml)
 * moves an order forward. 204 when done or already so, 400 for a body that is not a status, 404 for an unknown order,
 * 409 for a status that does not follow the current one.
 */
@Path("/cartes/{id}/statut")
public class CardStatusResource {

    @EJB
    private CardService cards;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(@PathParam("id") long id, String body) {
        if (body != null && JsonBodies.tooDeep(body)) {
            return error(Response.Status.BAD_REQUEST, JsonBodies.TOO_DEEP);
        }
        CardStatus status;
        try {
            JsonObject json = Json.createReader(new StringReader(body == null ? "" : body)).readObject();
            status = CardStatus.valueOf(json.getString("statut"));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            return error(Response.Status.BAD_REQUEST, "Le corps attendu est {\"statut\": \"IN_PRODUCTION\"} ou {\"statut\": \"SENT\"}.");
        }
        try {
            cards.advance(id, status);
            return Response.noContent().build();
        } catch (NotFoundException e) {
            return error(Response.Status.NOT_FOUND, "Aucune commande de carte ne porte ce numéro.");
        } catch (InvalidStatusChangeException e) {
            return error(Response.Status.CONFLICT, "Ce statut ne suit pas le statut actuel de la commande.");
        }
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).entity(Json.createObjectBuilder().add("message", message).build().toString())
                .build();
    }
}
