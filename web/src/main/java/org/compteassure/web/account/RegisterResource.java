package org.compteassure.web.account;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.Locale;
import org.compteassure.persistence.account.AddressCheck;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.account.Rights;
import org.compteassure.persistence.domain.Check;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.account.RegisterEntry;
import org.compteassure.service.account.RegisterService;
import org.compteassure.web.platform.JsonBodies;

/**
 * PUT /api/assures/{nir}: the claims system creates or updates one insured person (idempotent). Everything is
 * checked before anything is written; errors come back as 400 with one entry per field, in French.
 */
@Path("/assures/{nir}")
public class RegisterResource {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @EJB
    private RegisterService register;

    private Validator validator;

    /** The claims system gets its field errors in French, whatever the server's default language. */
    @Inject
    void frenchValidator(ValidatorFactory factory) {
        MessageInterpolator interpolator = factory.getMessageInterpolator();
        validator = factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, Locale.FRENCH);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return interpolator.interpolate(template, context, Locale.FRENCH);
            }
        }).getValidator();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("nir") String nirInput, String body) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        Check<Nir, Nir.Problem> nir = Nir.check(nirInput, false);
        if (!nir.isValid()) {
            errors.add(error("nir", "Le numéro de sécurité sociale n'est pas valide : vérifiez ses 13 chiffres et sa clé."));
        }
        RegisterPayload payload = body == null || JsonBodies.tooDeep(body) ? null : parse(body);
        if (payload == null) {
            errors.add(error("body", body != null && JsonBodies.tooDeep(body) ? JsonBodies.TOO_DEEP
                    : "Le corps de la requête n'est pas un JSON d'assuré valide."));
        } else {
            validator.validate(payload).stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.add(error(v.getPropertyPath().toString(), v.getMessage())));
            if (payload.address != null && !blank(payload.address.country)
                    && !AddressCheck.isKnownCountry(payload.address.country)) {
                errors.add(error("address.country", "Le pays n'est pas connu : écrivez son nom en français"
                        + " (BELGIQUE, ESPAGNE…), ou rien pour la France."));
            }
        }
        JsonArray found = errors.build();
        if (!found.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Json.createObjectBuilder().add("errors", found).build()).build();
        }
        boolean created = register.upsert(nir.orElseThrow(), toEntry(payload));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .entity(Json.createObjectBuilder().add("nir", nir.orElseThrow().value()).add("created", created).build())
                .build();
    }

    private static RegisterPayload parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSONB.fromJson(body, RegisterPayload.class);
        } catch (JsonbException | ClassCastException | IllegalArgumentException | ArithmeticException e) {
            // Yasson reports most malformed bodies as JsonbException, a few type mismatches as these.
            return null;
        }
    }

    private static RegisterEntry toEntry(RegisterPayload p) {
        return new RegisterEntry(p.familyName.strip(), p.givenNames.strip(), p.birthDate,
                "F".equals(p.sex) ? Sex.FEMALE : Sex.MALE,
                new PostalAddress(p.address.line1.strip(), blankToNull(p.address.line2), p.address.postalCode.strip(),
                        p.address.city.strip(), blank(p.address.country)
                        ? AddressCheck.FRANCE : AddressCheck.countryName(p.address.country)),
                p.iban == null || p.iban.isBlank() ? null : Iban.parse(p.iban),
                blankToNull(p.vitaleSerial), blankToNull(p.email),
                p.beneficiaries.stream()
                        .map(c -> new RegisterEntry.Child(c.familyName.strip(), c.givenNames.strip(), c.birthDate,
                                c.otherParent == null || c.otherParent.isBlank() ? null : Nir.parse(c.otherParent, false),
                                rights(c.rights)))
                        .toList(), rights(p.rights));
    }

    private static Rights rights(RegisterPayload.Rights r) {
        return r == null ? null : new Rights(r.regime, r.fundCode.strip(), r.fundName.strip(), r.start, r.end,
                blankToNull(r.doctor));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static JsonObject error(String field, String message) {
        return Json.createObjectBuilder().add("field", field).add("message", message).build();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
