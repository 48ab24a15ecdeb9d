package org.compteassure.web.card;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.compteassure.service.card.CardService;
import org.compteassure.service.card.CardService.Card;
import org.compteassure.service.card.CardService.Outcome;
import org.compteassure.service.code.ApiScopes;
import org.compteassure.web.document.DocumentsApi;
import org.compteassure.web.platform.ApiBodies;
import org.compteassure.web.platform.ApiScope;

/**
 * The European card (CEAM) of the person and their children, through {@link CardService} as « Carte européenne »:
 * GET lists each one's latest card, POST .../commandes orders, GET .../certificat gives the provisional certificate.
 */
@Path("/v1/cartes-europeennes")
@ApiScope(ApiScopes.CARD)
public class CardsApi {

    @EJB
    private CardService cards;

    /**
     * An order: for whom (null in the list: the person themself; otherwise a child's id) and the departure date.
     */
    public record Order(List<Long> beneficiaries, LocalDate departure) {
    }

    /** What an order did: {@code ORDERED}, or {@code CERTIFICATE} when the departure is too near for a card. */
    public record Ordered(Outcome outcome) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Card> list() {
        return cards.cards();
    }

    @POST
    @Path("/commandes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response order(String body) {
        Order order = ApiBodies.read(body, Order.class);
        if (order.beneficiaries() == null || order.beneficiaries().isEmpty() || order.departure() == null) {
            throw new ApiBodies.Unreadable();
        }
        Outcome outcome = cards.order(order.beneficiaries(), order.departure());
        return Response.status(outcome == Outcome.ORDERED ? 201 : 200).entity(new Ordered(outcome)).build();
    }

    /** The provisional replacement certificate (PDF), for a departure too near for a card. */
    @GET
    @Path("/certificat")
    @Produces("application/pdf")
    public Response certificate(@QueryParam("beneficiaire") Long beneficiaryId, @QueryParam("depart") String departure) {
        try {
            return DocumentsApi.pdf(cards.certificate(beneficiaryId, LocalDate.parse(String.valueOf(departure))));
        } catch (DateTimeParseException e) {
            throw new jakarta.ws.rs.BadRequestException();
        }
    }
}
