package org.compteassure.service.demarche;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.demarche.Demarche;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.persistence.demarche.DemarcheType;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.demarche.DemarcheEvents.Advanced;
import org.compteassure.service.demarche.DemarcheEvents.Opened;
import org.compteassure.service.security.Act;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * « Mes démarches »: what a person asked the fund to do, handed to its back office and moved on by it. Each démarche
 * made here leaves as one JSON message on the queue {@value #QUEUE} (through the outbox, {@link Opened}); the back
 * office answers through the status API ({@link #advance}). A person sees only their own démarches.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class DemarcheService {

    /** The back office's queue (Jakarta Messaging), described in docs/back-office.md. */
    public static final String QUEUE = "compte-assure.demarches";

    /** Where the back office may answer instead of the status API ({@link StatusQueueListener}). */
    public static final String STATUS_QUEUE = "compte-assure.demarches.statuts";

    /** The version of the message's layout, in every message. */
    public static final int MESSAGE_VERSION = 1;

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Event<Opened> opened;

    @Inject
    private Event<Advanced> advanced;

    /**
     * Makes a démarche « Reçue » for the person, in the caller's transaction, and queues its message for the back
     * office (sent once that transaction commits, never if it rolls back).
     *
     * @param summary what the person sees beside the number (no full IBAN: it is masked)
     * @param details what the back office needs to process it, the {@code details} of the message
     * @return the démarche's number
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String open(DemarcheType type, InsuredPerson person, String summary, JsonObject details) {
        return open(type, person, summary, number -> details);
    }

    /**
     * {@link #open(DemarcheType, InsuredPerson, String, JsonObject)} for details that quote the démarche's own number
     * (an address the back office fetches a file from).
     *
     * @param details the {@code details} of the message, from the démarche's number
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String open(DemarcheType type, InsuredPerson person, String summary, Function<String, JsonObject> details) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Demarche demarche = new Demarche(type, person.getId(), summary, now, today,
                WorkingDays.after(today, DemarcheDelays.configured().days(type)));
        em.persist(demarche);
        demarche.assignNumber(today.getYear());
        em.flush();
        opened.fire(new Opened(demarche.getNumber(), type, person.getId(),
                message(demarche, person, details.apply(demarche.getNumber()))));
        return demarche.getNumber();
    }

    /** The message for the back office: docs/back-office.md, schema demarche-v1.schema.json. */
    private static String message(Demarche demarche, InsuredPerson person, JsonObject details) {
        return Json.createObjectBuilder()
                .add("version", MESSAGE_VERSION)
                .add("numero", demarche.getNumber())
                .add("type", demarche.getType().name())
                .add("creeLe", demarche.getCreatedAt().toString())
                .add("dateEstimee", demarche.getEstimatedOn().toString())
                .add("assure", Json.createObjectBuilder()
                        .add("nir", person.getNir().withKey())
                        .add("nom", person.getFamilyName())
                        .add("prenoms", person.getGivenNames()))
                .add("details", details)
                .build().toString();
    }

    /** The caller's démarches, newest first. */
    public List<DemarcheView> mine() {
        return of(personOfCaller());
    }

    /**
     * One of the caller's démarches.
     *
     * @throws NotFoundException if no démarche has that number or it is another person's
     */
    public DemarcheView mine(String number) {
        Demarche demarche = byNumber(number);
        if (demarche.getInsuredPersonId() != personOfCaller()) {
            throw new NotFoundException("démarche");
        }
        return view(demarche);
    }

    /** A person's démarches as their adviser's file lists them, newest first. */
    @RolesAllowed(Roles.ADVISER)
    public List<DemarcheView> ofPerson(long insuredPersonId) {
        return of(insuredPersonId);
    }

    /**
     * The back office moves a démarche on. Idempotent: the status it already has changes nothing and tells nobody.
     *
     * @param date   the day the fund gives for the change (not to come)
     * @param reason required for a refusal, at most {@value Demarche#MAX_REASON} characters
     * @return whether the status changed
     * @throws NotFoundException       if no démarche has that number
     * @throws StatusGoesBackException if the status comes before the current one, or the démarche already ended
     *                                 otherwise
     * @throws InvalidStatusException  if the reason or the date is not acceptable
     */
    @RolesAllowed(Roles.CLAIMS_SYSTEM)
    public boolean advance(String number, DemarcheStatus status, LocalDate date, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (status == DemarcheStatus.REFUSED && why == null) {
            throw new InvalidStatusException("a refusal needs a reason");
        }
        if (why != null && why.length() > Demarche.MAX_REASON) {
            throw new InvalidStatusException("reason too long");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate when = date == null ? today : date;
        if (when.isAfter(today)) {
            throw new InvalidStatusException("date to come");
        }
        Demarche demarche = byNumber(number);
        if (demarche.getStatus() == status) {
            return false;
        }
        if (!demarche.getStatus().mayBecome(status)) {
            throw new StatusGoesBackException();
        }
        move(demarche, status, when, why);
        return true;
    }

    /**
     * Follows, in the caller's transaction, a change another feature of the fund reported for the thing a démarche
     * asked for (the card maker moving a European card order): a status that does not move the démarche forward is
     * left alone, the other feature's own record being the truth.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CLAIMS_SYSTEM})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void follow(String number, DemarcheStatus status) {
        Demarche demarche = byNumber(number);
        if (demarche.getStatus().mayBecome(status)) {
            move(demarche, status, LocalDate.now(clock), null);
        }
    }

    private void move(Demarche demarche, DemarcheStatus status, LocalDate date, String reason) {
        demarche.advance(status, date, reason, clock.instant());
        advanced.fire(new Advanced(demarche.getNumber(), demarche.getType(), demarche.getInsuredPersonId(), status));
    }

    private Demarche byNumber(String number) {
        return em.createNamedQuery("Demarche.findByNumber", Demarche.class)
                .setParameter("number", number)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("démarche"));
    }

    private long personOfCaller() {
        return em.find(Account.class, caller.accountFor(Act.DEMARCHES_READ)).getInsuredPerson().getId();
    }

    private List<DemarcheView> of(long insuredPersonId) {
        return em.createNamedQuery("Demarche.findByPerson", Demarche.class)
                .setParameter("personId", insuredPersonId)
                .getResultStream()
                .map(DemarcheService::view)
                .toList();
    }

    private static DemarcheView view(Demarche d) {
        return new DemarcheView(d.getNumber(), d.getType(), d.getStatus(), d.getSummary(), d.getCreatedAt(),
                d.getEstimatedOn(), d.getReason(), d.getHistory().stream()
                .map(e -> new DemarcheView.Step(e.getStatus(), e.getDate(), e.getReason()))
                .toList());
    }
}
