package org.compteassure.service.card;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.card.CardOrder;
import org.compteassure.persistence.card.CardStatus;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.persistence.demarche.DemarcheType;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.account.Child;
import org.compteassure.service.account.FamilyService;
import org.compteassure.service.card.CardEvents.CardSent;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.document.DocumentService;
import org.compteassure.service.document.DocumentService.Pdf;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * European Health Insurance Cards: orders for the insured person and their children, and the provisional
 * certificate when the departure is too close for a card to arrive. The card maker moves orders forward.
 * <p>
 * People are named by beneficiary id, {@code null} meaning the insured person themselves; an id that is not one of
 * the caller's children is {@link NotFoundException}.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class CardService {

    /** A card arrives in about 10 days: closer departures get the provisional certificate instead. */
    public static final int CERTIFICATE_BEFORE_DAYS = 15;
    public static final Period CERTIFICATE_VALIDITY = Period.ofMonths(3);

    /** What an order request led to. */
    public enum Outcome { ORDERED, CERTIFICATE }

    /**
     * One person of the family and their latest order, if any.
     *
     * @param status     the latest order's status, null if the person never had a card
     * @param validUntil the end of the latest card's validity, null until it is sent
     */
    public record Card(Long beneficiaryId, String givenNames, String familyName, CardStatus status,
                       LocalDate validUntil) {

        static Card of(Long beneficiaryId, String givenNames, String familyName, Optional<CardOrder> latest) {
            return new Card(beneficiaryId, givenNames, familyName, latest.map(CardOrder::getStatus).orElse(null),
                    latest.map(CardOrder::getValidUntil).orElse(null));
        }
    }

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @EJB
    private DemarcheService demarches;

    @EJB
    private AccountService accounts;

    @EJB
    private FamilyService family;

    @EJB
    private DocumentService documents;

    @Inject
    private Event<CardSent> sent;

    /** The person and each of their children, with the latest card order of each. */
    public List<Card> cards() {
        long accountId = caller.accountId();
        InsuredPerson person = person(accountId);
        List<Card> cards = new ArrayList<>();
        cards.add(Card.of(null, person.getGivenNames(), person.getFamilyName(), latest(person, null)));
        for (Child child : family.children()) {
            cards.add(Card.of(child.id(), child.givenNames(), child.familyName(),
                    latest(person, em.find(Beneficiary.class, child.id()))));
        }
        return cards;
    }

    /**
     * Orders a card for each chosen person, or, when the departure is less than {@link #CERTIFICATE_BEFORE_DAYS}
     * away, orders nothing and tells the caller to offer the provisional certificate (see {@link #certificate}).
     *
     * @throws DepartureInPastException if the departure is before today
     * @throws NotFoundException         if an id is not one of the caller's children
     * @throws CardRefusedException      if one of them has an order in progress or a card not yet renewable
     *                                   (then nothing is ordered at all)
     */
    public Outcome order(List<Long> beneficiaryIds, LocalDate departure) {
        long accountId = caller.accountId();
        LocalDate today = LocalDate.now(clock);
        if (departure.isBefore(today)) {
            throw new DepartureInPastException();
        }
        InsuredPerson person = person(accountId);
        List<Beneficiary> chosen = new ArrayList<>();
        for (Long id : beneficiaryIds) {
            chosen.add(id == null ? null : family.child(id));
        }
        if (departure.isBefore(today.plusDays(CERTIFICATE_BEFORE_DAYS))) {
            return Outcome.CERTIFICATE;
        }
        // Two orders at once (two tabs, or both parents of a child) wait for each other, so the rules hold.
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        chosen.stream().filter(Objects::nonNull).forEach(child -> em.lock(child, LockModeType.PESSIMISTIC_WRITE));
        for (Beneficiary child : chosen) {
            latest(person, child).ifPresent(order -> {
                if (order.isInProgress()) {
                    throw new CardRefusedException(order.holderGivenNames(), null);
                }
                if (today.isBefore(order.renewableFrom())) {
                    throw new CardRefusedException(order.holderGivenNames(), order.renewableFrom());
                }
            });
        }
        for (Beneficiary child : chosen) {
            CardOrder order = new CardOrder(person, child, departure, clock.instant());
            em.persist(order);
            em.flush();
            order.setDemarcheNumber(demarches.open(DemarcheType.EUROPEAN_CARD, person,
                    order.holderGivenNames() + " " + order.holderFamilyName(), Json.createObjectBuilder()
                            .add("commande", order.getId())
                            .add("titulaire", Json.createObjectBuilder()
                                    .add("nom", order.holderFamilyName())
                                    .add("prenoms", order.holderGivenNames())
                                    .add("beneficiaire", child != null))
                            .add("depart", departure.toString())
                            .build()));
        }
        return Outcome.ORDERED;
    }

    /**
     * The provisional replacement certificate for one person, valid {@link #CERTIFICATE_VALIDITY} from today.
     *
     * @throws DepartureInPastException if the departure is before today
     * @throws NotFoundException         if the departure is far enough for a card, or the id is not the caller's child
     */
    public Pdf certificate(Long beneficiaryId, LocalDate departure) {
        long accountId = caller.accountId();
        LocalDate today = LocalDate.now(clock);
        if (departure.isBefore(today)) {
            throw new DepartureInPastException();
        }
        if (!departure.isBefore(today.plusDays(CERTIFICATE_BEFORE_DAYS))) {
            throw new NotFoundException("certificate");
        }
        Beneficiary child = beneficiaryId == null ? null : family.child(beneficiaryId);
        return documents.provisionalCertificate(person(accountId), child, today,
                today.plus(CERTIFICATE_VALIDITY).minusDays(1));
    }

    /** The newest orders first, for the administrators' page. */
    @RolesAllowed(Roles.ADMIN)
    public List<CardOrderRow> recentOrders(int max) {
        return em.createNamedQuery("CardOrder.findRecent", CardOrder.class).setMaxResults(max).getResultStream()
                .map(o -> new CardOrderRow(o.getId(), o.holderGivenNames(), o.holderFamilyName(), o.getOrderedAt(),
                        o.getStatus()))
                .toList();
    }

    /**
     * Moves an order to the next status (the card maker, or an administrator), and its démarche with it; sending
     * the card e-mails its orderer. The same status again changes nothing.
     *
     * @throws NotFoundException            if there is no such order
     * @throws InvalidStatusChangeException if that status does not follow the current one
     */
    @RolesAllowed({Roles.ADMIN, Roles.CLAIMS_SYSTEM})
    public void advance(long orderId, CardStatus status) {
        CardOrder order = em.find(CardOrder.class, orderId);
        if (order == null) {
            throw new NotFoundException("card order");
        }
        boolean changed;
        try {
            changed = order.advance(status, LocalDate.now(clock));
        } catch (IllegalStateException e) {
            throw new InvalidStatusChangeException();
        }
        if (changed && order.getDemarcheNumber() != null) {
            demarches.follow(order.getDemarcheNumber(),
                    status == CardStatus.SENT ? DemarcheStatus.DONE : DemarcheStatus.IN_PROGRESS);
        }
        if (changed && status == CardStatus.SENT) {
            sent.fire(new CardSent(orderId));
        }
    }

    /** A child's card is the same card whichever parent ordered it; the person's own is theirs alone. */
    private Optional<CardOrder> latest(InsuredPerson person, Beneficiary child) {
        return (child == null
                ? em.createNamedQuery("CardOrder.findForPerson", CardOrder.class).setParameter("person", person)
                : em.createNamedQuery("CardOrder.findForBeneficiary", CardOrder.class).setParameter("beneficiary", child))
                .setMaxResults(1).getResultStream().findFirst();
    }

    private InsuredPerson person(long accountId) {
        return accounts.person();
    }
}
