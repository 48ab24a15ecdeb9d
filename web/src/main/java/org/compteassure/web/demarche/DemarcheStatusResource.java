package org.compteassure.web.demarche;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.compteassure.persistence.demarche.Demarche;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.demarche.InvalidStatusException;
import org.compteassure.service.demarche.StatusChange;
import org.compteassure.service.demarche.StatusGoesBackException;
import org.compteassure.web.platform.JsonBodies;

/**
 * POST /api/demarches/{numero}/statut {"statut": "IN_PROGRESS" | "DONE" | "REFUSED", "motif": "…", "date":
 * "2026-12-03"}: the fund's back office (role claims-system, web.xml) moves a démarche on (docs/back-office.md).
 * 200 with the démarche's status, whether it changed or already was so (idempotent); 400 for a body that is not
 * such a change; 404 for an unknown number; 409 for a status that goes backwards.
 */
@Path("/demarches/{numero}/statut")
public class DemarcheStatusResource {

    private static final String EXPECTED = "Le corps attendu est {\"statut\": \"IN_PROGRESS\" | \"DONE\" | \"REFUSED\","
            + " \"motif\": \"…\" (obligatoire pour REFUSED, " + Demarche.MAX_REASON + " caractères au plus), \"date\":"
            + " \"AAAA-MM-JJ\" (facultative, aujourd'hui par défaut)}.";

    @EJB
    private DemarcheService demarches;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(@PathParam("numero") String number, String body) {
        if (body != null && JsonBodies.tooDeep(body)) {
            return error(Response.Status.BAD_REQUEST, JsonBodies.TOO_DEEP);
        }
        StatusChange change;
        try {
            change = StatusChange.of(Json.createReader(new StringReader(body == null ? "" : body)).readObject());
        } catch (JsonException | IllegalArgumentException e) {
            return error(Response.Status.BAD_REQUEST, EXPECTED + " Statuts possibles : " + Arrays.stream(
                    DemarcheStatus.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
        if (change.reason() != null && change.reason().strip().length() > Demarche.MAX_REASON) {
            return error(Response.Status.BAD_REQUEST, "Le motif fait au plus " + Demarche.MAX_REASON + " caractères.");
        }
        try {
            boolean changed = demarches.advance(number, change.status(), change.date(), change.reason());
            return Response.ok(Json.createObjectBuilder().add("numero", number).add("statut", change.status().name())
                    .add("modifie", changed).build().toString()).build();
        } catch (NotFoundException e) {
            return error(Response.Status.NOT_FOUND, "Aucune démarche ne porte ce numéro.");
        } catch (StatusGoesBackException e) {
            return error(Response.Status.CONFLICT, "Ce statut ne suit pas le statut actuel de la démarche : un statut"
                    + " ne revient jamais en arrière, et une démarche traitée ou refusée ne change plus.");
        } catch (InvalidStatusException e) {
            return error(Response.Status.BAD_REQUEST, "Un refus demande un motif, et la date ne peut pas être à venir. "
                    + EXPECTED);
        }
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).entity(Json.createObjectBuilder().add("message", message).build().toString())
                .build();
    }
}
