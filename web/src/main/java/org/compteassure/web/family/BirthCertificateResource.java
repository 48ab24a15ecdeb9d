package org.compteassure.web.family;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.family.NewbornService;
import org.compteassure.service.messaging.AttachmentFile;
import org.compteassure.web.messaging.AttachmentServlet;

/**
 * GET /api/demarches/{numero}/acte-naissance: the birth certificate of a newborn declaration, for the fund's back
 * office (role claims-system, web.xml; docs/back-office.md), as a download of the type found from its content.
 * 404 for a number that is no newborn declaration.
 */
@Path("/demarches/{numero}/acte-naissance")
public class BirthCertificateResource {

    @EJB
    private NewbornService newborns;

    @GET
    public Response get(@PathParam("numero") String number) {
        AttachmentFile file;
        try {
            file = newborns.certificate(number);
        } catch (NotFoundException e) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder().add("message", "Aucune déclaration de naissance ne porte ce "
                            + "numéro.").build().toString()).build();
        }
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", AttachmentServlet.disposition(file.fileName()))
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
