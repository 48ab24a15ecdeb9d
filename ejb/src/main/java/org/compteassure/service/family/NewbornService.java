package org.compteassure.service.family;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.demarche.DemarcheType;
import org.compteassure.persistence.family.NewbornDeclaration;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.account.PendingChild;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.family.InvalidNewbornException.Field;
import org.compteassure.service.messaging.AttachmentFile;
import org.compteassure.service.messaging.CheckedFile;
import org.compteassure.service.platform.Installation;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * « Déclarer une naissance »: a parent declares their newborn with its birth certificate; it becomes a démarche
 * {@code NEWBORN} for the fund's back office, which fetches the certificate through the API
 * ({@value #CERTIFICATE_PATH}) and answers through the status API ({@link NewbornOutcomes}). Until then the child is
 * « en cours d'inscription » among the parent's children.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class NewbornService {

    /**
     * How far back a birth is declared here: within a year of it. An older child is the register's business (a
     * message to an adviser), and a date to come is no birth.
     */
    public static final Period DECLARATION_PERIOD = Period.ofYears(1);

    /** Where the back office gets a declaration's birth certificate (role claims-system), {numero} its number. */
    public static final String CERTIFICATE_PATH = "/api/demarches/{numero}/acte-naissance";

    /** A name as the civil register writes it: letters, spaces, apostrophes and hyphens, 1 to 100, a letter first. */
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L} '’-]{0,99}");

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Installation installation;

    @EJB
    private AccountService accounts;

    @EJB
    private DemarcheService demarches;

    /**
     * Declares the caller's newborn: nothing is stored unless every check passes.
     *
     * @return the démarche's number
     * @throws InvalidNewbornException if a name, the birth date (more than {@link #DECLARATION_PERIOD} ago, or to
     *                                 come), the other parent's NIR (the caller's own) or the certificate (none) fail
     * @throws org.compteassure.service.messaging.AttachmentRejectedException if the certificate is larger than 5 MB
     *                                 or no PDF, JPEG or PNG, whatever its name says
     */
    public String declare(NewbornRequest request) {
        long accountId = caller.accountId();
        InsuredPerson me = accounts.person();
        LocalDate today = LocalDate.now(clock);
        Set<Field> wrong = EnumSet.noneOf(Field.class);
        if (!isName(request.familyName())) {
            wrong.add(Field.FAMILY_NAME);
        }
        if (!isName(request.givenNames())) {
            wrong.add(Field.GIVEN_NAMES);
        }
        if (request.birthDate() == null || request.birthDate().isAfter(today)
                || request.birthDate().isBefore(today.minus(DECLARATION_PERIOD))) {
            wrong.add(Field.BIRTH_DATE);
        }
        if (request.otherParent() != null && request.otherParent().equals(me.getNir())) {
            wrong.add(Field.OTHER_PARENT);
        }
        if (request.certificate() == null || request.certificate().content() == null
                || request.certificate().content().length == 0) {
            wrong.add(Field.CERTIFICATE);
        }
        if (request.sex() == null) {
            wrong.add(Field.SEX);
        }
        if (!wrong.isEmpty()) {
            throw new InvalidNewbornException(wrong);
        }
        CheckedFile certificate = CheckedFile.of(request.certificate());
        String familyName = request.familyName().strip().toUpperCase(Locale.FRENCH);
        String givenNames = request.givenNames().strip();
        NewbornDeclaration declaration = new NewbornDeclaration(me.getId(), familyName, givenNames,
                request.birthDate(), request.sex(), request.otherParent() == null ? null : request.otherParent().withKey(),
                certificate.fileName(), certificate.contentType(), certificate.content(), certificate.sha256(),
                clock.instant());
        em.persist(declaration);
        declaration.setDemarcheNumber(demarches.open(DemarcheType.NEWBORN, me, givenNames + " " + familyName,
                number -> details(declaration, certificate, number)));
        return declaration.getDemarcheNumber();
    }

    /** What the back office needs: the child, the other parent, and where to fetch the certificate. */
    private JsonObject details(NewbornDeclaration declaration, CheckedFile certificate, String number) {
        JsonObjectBuilder details = Json.createObjectBuilder()
                .add("enfant", Json.createObjectBuilder()
                        .add("nom", declaration.getFamilyName())
                        .add("prenoms", declaration.getGivenNames())
                        .add("dateNaissance", declaration.getBirthDate().toString())
                        .add("sexe", declaration.getSex() == InsuredPerson.Sex.MALE ? "M" : "F"));
        if (declaration.getOtherParentNir() != null) {
            details.add("autreParent", Json.createObjectBuilder().add("nir", declaration.getOtherParentNir()));
        }
        return details.add("acteNaissance", Json.createObjectBuilder()
                .add("url", installation.baseUrl() + CERTIFICATE_PATH.replace("{numero}", number))
                .add("type", certificate.contentType())
                .add("taille", certificate.content().length)
                .add("sha256", certificate.sha256())).build();
    }

    /**
     * The caller's newborns « en cours d'inscription »: declared, not yet answered by the fund, and not yet sent by
     * the register (a child the register already lists is shown once, as the register's).
     */
    public List<PendingChild> pending() {
        long accountId = caller.accountId();
        InsuredPerson me = accounts.person();
        List<Beneficiary> listed = me.getBeneficiaries();
        return em.createNamedQuery("NewbornDeclaration.findPendingByPerson", NewbornDeclaration.class)
                .setParameter("personId", me.getId()).getResultStream()
                .filter(declared -> listed.stream().noneMatch(child -> NewbornOutcomes.sameChild(child, declared)))
                .map(declared -> new PendingChild(declared.getGivenNames(), declared.getFamilyName(),
                        declared.getBirthDate(), DemarcheType.NEWBORN, declared.getDemarcheNumber()))
                .toList();
    }

    /**
     * The birth certificate of a declaration, for the back office.
     *
     * @throws NotFoundException if no newborn declaration has that number
     */
    @RolesAllowed(Roles.CLAIMS_SYSTEM)
    public AttachmentFile certificate(String number) {
        NewbornDeclaration declaration = em.createNamedQuery("NewbornDeclaration.findByNumber",
                        NewbornDeclaration.class).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("newborn declaration"));
        return new AttachmentFile(declaration.getCertificateName(), declaration.getCertificateType(),
                declaration.getCertificate());
    }

    private static boolean isName(String name) {
        return name != null && NAME.matcher(name.strip()).matches();
    }
}
