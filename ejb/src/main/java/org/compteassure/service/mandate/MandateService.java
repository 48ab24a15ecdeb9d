package org.compteassure.service.mandate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.domain.Check;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.mandate.Mandate;
import org.compteassure.persistence.mandate.Mandate.EndReason;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.FactorProof;
import org.compteassure.service.code.StepUpRefusedException;
import org.compteassure.service.mandate.InvalidMandateException.Field;
import org.compteassure.service.mandate.MandateEvents.Ended;
import org.compteassure.service.mandate.MandateEvents.Given;
import org.compteassure.service.platform.ClockProducer;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * « Un proche m'aide »: a person gives another insured person who has an account (their helper) a mandate to act
 * for them in some parts of their space, until a last day at most a year away; either side ends it at any time; it
 * ends by itself after its last day ({@link MandateExpiry}). The helper, logged in as themselves, then switches to
 * « Agir pour … » ({@link #actFor}); what they may do is {@link Caller#accountFor}'s check, at every call.
 * <p>
 * Giving one is a sensitive change: the code typed again and the strong factor of a person who has one, as for the
 * bank details (the same step-up, {@link CodeService#reauthenticate}). The helper is found by their number and family
 * name only once it is signed, so that the form answers the same for any number until the owner's code was proved
 * (and every wrong code counts toward the lockout): nobody learns from it who has an account.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class MandateService {

    /** The longest a mandate holds: its last day is at most a year after the day it is signed. */
    public static final int LONGEST_YEARS = 1;
    /** How many mandates a person may have given that are in force at once. */
    public static final int MAX_IN_FORCE = 5;
    /** The longest family name accepted (the register's column). */
    public static final int NAME_MAX = 100;
    /** How long an ended mandate stays listed on both sides. */
    public static final Duration ENDED_SHOWN = Duration.ofDays(365);
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L} '’-]*");

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    @EJB
    private CodeService codes;

    @Inject
    private Event<Given> given;

    @Inject
    private Event<Ended> ended;

    /**
     * Signs a mandate to a helper: the fields checked first (nothing asked of the code for a form that cannot be
     * right), then the code and strong factor, then the helper found by number and family name.
     *
     * @return the new mandate's id
     * @throws InvalidMandateException  if a field is missing or wrong (number, name, no part, last day)
     * @throws StepUpRefusedException   if the code or the strong factor is wrong, or the account is locked
     * @throws HelperNotFoundException  if, once signed, no other person's active account matches
     * @throws MandateLimitException    if a mandate to that helper is in force, or {@value #MAX_IN_FORCE} are
     * @throws org.compteassure.service.security.ActingRefusedException while the caller acts for someone: a mandate is
     *                                  never given onward
     */
    public long give(MandateRequest request, char[] code, FactorProof factor) {
        long accountId = caller.accountId();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        Check<Nir, Nir.Problem> nir = Nir.check(request.helperNir(), true);
        Set<Field> wrong = EnumSet.noneOf(Field.class);
        if (!nir.isValid()) {
            wrong.add(Field.NIR);
        }
        String name = request.helperFamilyName() == null ? "" : request.helperFamilyName().strip();
        if (name.isEmpty() || name.length() > NAME_MAX || !NAME.matcher(name).matches()) {
            wrong.add(Field.NAME);
        }
        if (request.scopes() == null || request.scopes().isEmpty()) {
            wrong.add(Field.SCOPES);
        }
        LocalDate lastDay = request.lastDay();
        if (lastDay == null) {
            wrong.add(Field.LAST_DAY);
        } else if (lastDay.isBefore(today)) {
            wrong.add(Field.LAST_DAY_PAST);
        } else if (lastDay.isAfter(today.plusYears(LONGEST_YEARS))) {
            wrong.add(Field.LAST_DAY_TOO_FAR);
        }
        if (!wrong.isEmpty()) {
            throw new InvalidMandateException(wrong);
        }
        StepUpRefusedException.unlessConfirmed(codes.reauthenticate(code, factor));
        Account mandator = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        Account helper = em.createNamedQuery("Account.findByNir", Account.class)
                .setParameter("nir", nir.value())
                .getResultStream()
                .filter(a -> a.getStatus() == Account.Status.ACTIVE && a.getId() != accountId)
                .filter(a -> comparable(a.getInsuredPerson().getFamilyName()).equals(comparable(name)))
                .findFirst()
                .orElseThrow(HelperNotFoundException::new);
        if (inForce("Mandate.countInForceTo", mandator.getId(), helper.getId(), now) > 0) {
            throw new MandateLimitException(true);
        }
        if (inForce("Mandate.countInForce", mandator.getId(), null, now) >= MAX_IN_FORCE) {
            throw new MandateLimitException(false);
        }
        Mandate mandate = new Mandate(accountId, helper.getId(), EnumSet.copyOf(request.scopes()), now,
                lastDay.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant());
        em.persist(mandate);
        em.flush();
        given.fire(new Given(mandate.getId(), accountId, helper.getId(), caller.onBehalf(helper.getId(), accountId), now));
        return mandate.getId();
    }

    /** The mandates the caller gave: in force, and those ended in the last year; newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MandateLine> given() {
        return lines("Mandate.findGiven", caller.accountId(), true);
    }

    /** The mandates the caller received (they are the helper), acting for someone or not; newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MandateLine> received() {
        return lines("Mandate.findReceived", caller.ownAccountId(), false);
    }

    /**
     * Ends a mandate now, by either side: the helper may, even while acting for someone; the mandator does it from
     * their own account (not while acting for someone else). An ended one stays ended: ending it again changes nothing.
     *
     * @throws NotFoundException if there is no such mandate or the caller is neither of its sides
     */
    public void end(long mandateId) {
        long own = caller.ownAccountId();
        Mandate mandate = em.find(Mandate.class, mandateId, LockModeType.PESSIMISTIC_WRITE);
        if (mandate == null || (mandate.getMandatorAccountId() != own && mandate.getHelperAccountId() != own)) {
            throw new NotFoundException("mandate");
        }
        EndReason reason = own == mandate.getMandatorAccountId() ? EndReason.MANDATOR : EndReason.HELPER;
        if (reason == EndReason.MANDATOR) {
            caller.accountId();
        }
        Instant now = clock.instant();
        if (mandate.end(reason, now)) {
            ended.fire(new Ended(mandate.getId(), mandate.getMandatorAccountId(), mandate.getHelperAccountId(),
                    caller.onBehalf(mandate.getHelperAccountId(), mandate.getMandatorAccountId()), reason, now));
        }
    }

    /**
     * « Agir pour Marie DUPONT »: checks that the mandate is the caller's as helper and in force, and writes it in the
     * represented person's activity. The web layer then names it in the caller's principal ({@link Caller#actingName}),
     * and every later call is checked again ({@link Caller#accountFor}).
     *
     * @throws NotFoundException if there is no such mandate in force for the caller
     */
    public ActingFor actFor(long mandateId) {
        long own = caller.ownAccountId();
        Instant now = clock.instant();
        Mandate mandate = em.find(Mandate.class, mandateId);
        if (mandate == null || mandate.getHelperAccountId() != own || !mandate.isInForce(now)) {
            throw new NotFoundException("mandate");
        }
        return actingFor(mandate);
    }

    /** Whom the caller acts for now, if they act with a mandate still in force; empty otherwise (then they do not). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ActingFor> acting() {
        Optional<Long> mandateId = caller.actingMandateId();
        if (mandateId.isEmpty()) {
            return Optional.empty();
        }
        long own = caller.ownAccountId();
        Mandate mandate = em.find(Mandate.class, mandateId.get());
        if (mandate == null || mandate.getHelperAccountId() != own || !mandate.isInForce(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(actingFor(mandate));
    }

    private ActingFor actingFor(Mandate mandate) {
        return new ActingFor(mandate.getId(), caller.fullName(mandate.getMandatorAccountId()), mandate.getScopes());
    }

    private List<MandateLine> lines(String query, long accountId, boolean asMandator) {
        Instant now = clock.instant();
        return em.createNamedQuery(query, Mandate.class)
                .setParameter("accountId", accountId)
                .setParameter("since", now.minus(ENDED_SHOWN))
                .getResultStream()
                .map(m -> new MandateLine(m.getId(),
                        caller.fullName(asMandator ? m.getHelperAccountId() : m.getMandatorAccountId()),
                        m.getScopes(), m.getSignedAt(),
                        m.getEndsAt().atZone(ClockProducer.ZONE).toLocalDate().minusDays(1), m.isInForce(now),
                        m.isInForce(now) ? null : m.getEndedAt() == null ? m.getEndsAt() : m.getEndedAt(),
                        m.isInForce(now) ? null : m.getEndReason() == null ? EndReason.EXPIRED : m.getEndReason()))
                .toList();
    }

    private long inForce(String query, long mandatorId, Long helperId, Instant now) {
        var counted = em.createNamedQuery(query, Long.class)
                .setParameter("accountId", mandatorId)
                .setParameter("now", now);
        if (helperId != null) {
            counted.setParameter("helperId", helperId);
        }
        return counted.getSingleResult();
    }

    /** A family name as compared: without accents, case, or the difference between spaces, hyphens and apostrophes. */
    static String comparable(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[\\s'’-]+", " ")
                .strip();
    }
}
