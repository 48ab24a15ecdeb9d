package org.compteassure.web.document;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.compteassure.service.code.ApiScopes;
import org.compteassure.service.document.DocumentService;
import org.compteassure.service.document.DocumentService.Pdf;
import org.compteassure.service.document.DocumentService.RightsOnFile;
import org.compteassure.web.platform.ApiScope;

/**
 * The documents of « Mes documents »: GET /api/v1/documents says which exist, each PDF at its own address, made by
 * {@link DocumentService} as the page makes them (and recorded with their verification code the same way).
 */
@Path("/v1/documents")
@ApiScope(ApiScopes.DOCUMENTS)
public class DocumentsApi {

    @EJB
    private DocumentService documents;

    /**
     * What may be downloaded: the attestation de droits (the person's own, the children's by id), the monthly
     * statements, the tax statements, and the daily allowances over any period.
     */
    public record Documents(boolean ownRights, Set<Long> childrenRights, List<YearMonth> statementMonths,
                            List<Year> taxYears) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Documents list() {
        RightsOnFile rights = documents.rightsOnFile();
        return new Documents(rights.own(), rights.children(), documents.statementMonths(), documents.taxYears());
    }

    /** The attestation de droits, of the person or of a child ({@code beneficiaire}). */
    @GET
    @Path("/attestation-droits")
    @Produces("application/pdf")
    public Response rights(@QueryParam("beneficiaire") Long beneficiaryId) {
        return pdf(documents.rights(beneficiaryId));
    }

    @GET
    @Path("/releves/{mois}")
    @Produces("application/pdf")
    public Response statement(@PathParam("mois") String month) {
        try {
            return pdf(documents.monthlyStatement(YearMonth.parse(month)));
        } catch (DateTimeParseException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    @GET
    @Path("/fiscal/{annee}")
    @Produces("application/pdf")
    public Response tax(@PathParam("annee") int year) {
        return pdf(documents.taxStatement(Year.of(year)));
    }

    /** The daily allowances paid from {@code du} to {@code au} (ISO dates). */
    @GET
    @Path("/indemnites-journalieres")
    @Produces("application/pdf")
    public Response allowances(@QueryParam("du") String from, @QueryParam("au") String to) {
        try {
            return pdf(documents.dailyAllowances(LocalDate.parse(String.valueOf(from)), LocalDate.parse(String.valueOf(to))));
        } catch (DateTimeParseException e) {
            throw new jakarta.ws.rs.BadRequestException();
        }
    }

    /** A PDF the application saves under the name the page would give it. */
    public static Response pdf(Pdf pdf) {
        return Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
