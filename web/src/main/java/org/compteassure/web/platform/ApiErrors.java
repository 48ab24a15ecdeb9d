package org.compteassure.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import org.compteassure.service.BusinessException;
import org.compteassure.service.NotFoundException;
import java.util.logging.Logger;

/**
 * What an API answers when no resource method decides: a French message in JSON, never RESTEasy's or the JVM's
 * own text (an unknown path, a wrong method or content type, an unreadable path parameter, an unexpected failure).
 * The resources answer their own field errors (400 with one entry per field); this is the rest.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        if (request != null && Problems.isAppApi(request.getRequestURI().substring(request.getContextPath().length()))) {
            return problem(failure, request.getHeader("Accept-Language"));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return json(status, switch (status) {
                case 404 -> "Cette adresse d'API n'existe pas, ou l'identifiant qu'elle contient n'est pas valable.";
                case 405 -> "Cette méthode HTTP n'est pas acceptée à cette adresse.";
                case 406 -> "Cette API répond en JSON : demandez application/json.";
                case 415 -> "Le corps de la requête doit être du JSON (Content-Type: application/json).";
                default -> "La requête n'est pas valable.";
            });
        }
        if (RequestSizeFilter.tooBig(failure)) {
            return json(413, RequestSizeFilter.API_TOO_BIG);
        }
        if (causedBy(failure, EJBAccessException.class)) {
            return json(403, "Ce compte n'a pas le droit d'appeler cette API.");
        }
        if (DatabaseOutage.is(failure)) {
            LOG.warning(() -> "Database unavailable, API call answered 503: " + failure);
            return Response.fromResponse(json(503, OutageFilter.API_UNAVAILABLE))
                    .header("Retry-After", OutageFilter.RETRY_AFTER).build();
        }
        LOG.log(Level.SEVERE, "API call failed", failure);
        return json(500, "Le service n'a pas pu traiter la requête : rien n'a été enregistré. Réessayez plus tard.");
    }

    /** The same failures, for the applications' API: RFC 9457 problem details in the caller's language. */
    private static Response problem(Throwable failure, String language) {
        if (DatabaseOutage.is(failure)) {
            LOG.warning(() -> "Database unavailable, API call answered 503: " + failure);
            return Response.fromResponse(Problems.response(503, "indisponible", language))
                    .header("Retry-After", OutageFilter.RETRY_AFTER).build();
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return Problems.response(status, switch (status) {
                case 404 -> "introuvable";
                case 405 -> "methode";
                case 406 -> "json-seulement";
                case 415 -> "corps-json";
                default -> "requete-invalide";
            }, language);
        }
        if (RequestSizeFilter.tooBig(failure)) {
            return Problems.response(413, "trop-volumineux", language);
        }
        if (causedBy(failure, ApiBodies.Unreadable.class) || causedBy(failure, jakarta.json.JsonException.class)
                || causedBy(failure, jakarta.json.bind.JsonbException.class)) {
            return Problems.response(400, "json-invalide", language);
        }
        if (causedBy(failure, NotFoundException.class)) {
            return Problems.response(404, "introuvable", language);
        }
        if (causedBy(failure, EJBAccessException.class)) {
            return Problems.response(403, "portee", language);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refused) {
                return Problems.refused(refused.getClass().getSimpleName(), language);
            }
        }
        LOG.log(Level.SEVERE, "API call failed", failure);
        return Problems.response(500, "erreur", language);
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(claimsBody(message)).build();
    }

    /** The fund's {@code /api/} error body, for this mapper and for the filters ({@link StaticErrorPage}). */
    static String claimsBody(String message) {
        return Json.createObjectBuilder().add("message", message).build().toString();
    }
}
