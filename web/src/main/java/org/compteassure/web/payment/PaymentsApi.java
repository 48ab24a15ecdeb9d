package org.compteassure.web.payment;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentStatus;
import org.compteassure.service.code.ApiScopes;
import org.compteassure.service.payment.PaymentDetail;
import org.compteassure.service.payment.PaymentFilter;
import org.compteassure.service.payment.PaymentPage;
import org.compteassure.service.payment.PaymentService;
import org.compteassure.web.platform.ApiScope;

/**
 * GET /api/v1/paiements: the pages of « Mes paiements », with the same filters (months {@code du} and {@code au} as
 * {@code 2026-11}, {@code qui}: {@code moi} or a child's id, {@code nature}, {@code statut}) and the same pages of
 * {@value PaymentService#PAGE_SIZE}; GET /api/v1/paiements/{id}: a payment's detail. Both through
 * {@link PaymentService}, as the pages.
 */
@Path("/v1/paiements")
@ApiScope(ApiScopes.PAYMENTS)
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsApi {

    @EJB
    private PaymentService payments;

    @GET
    public PaymentPage page(@QueryParam("du") String from, @QueryParam("au") String to, @QueryParam("qui") String who,
                            @QueryParam("nature") PaymentKind kind, @QueryParam("statut") PaymentStatus status,
                            @QueryParam("page") @DefaultValue("1") int page) {
        return payments.page(new PaymentFilter(month(from), month(to), beneficiary(who), kind, status), page);
    }

    @GET
    @Path("/{id}")
    public PaymentDetail detail(@PathParam("id") long id) {
        return payments.detail(id);
    }

    private static YearMonth month(String value) {
        try {
            return value == null || value.isBlank() ? null : YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new jakarta.ws.rs.BadRequestException();
        }
    }

    private static Long beneficiary(String who) {
        if (who == null || who.isBlank()) {
            return null;
        }
        if (who.equals("moi")) {
            return PaymentFilter.SELF;
        }
        try {
            return Long.parseLong(who);
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.BadRequestException();
        }
    }
}
