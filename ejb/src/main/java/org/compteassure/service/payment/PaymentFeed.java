package org.compteassure.service.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.payment.ImportRejection;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.payment.PaymentWriter;
import org.compteassure.persistence.payment.PaymentImport;
import org.compteassure.persistence.payment.PaymentImportNotice;
import org.compteassure.service.payment.FeedResult.Rejection;
import org.compteassure.service.payment.PaymentChecker.Match;
import org.compteassure.service.payment.PaymentChecker.Outcome;
import org.compteassure.service.payment.PaymentEvents.NewPaymentsArrived;
import org.compteassure.service.security.Roles;

/**
 * Applies the claims system's payments, idempotently by reference: a new reference is inserted, the same payment
 * sent again changes nothing, a status that moves forward updates the stored payment. A whole batch is checked
 * before anything is written, so that a row is never half-written.
 */
@Stateless
@RolesAllowed(Roles.CLAIMS_SYSTEM)
public class PaymentFeed {

    /** Items one API call may carry; bigger loads go through the CSV import. */
    public static final int MAX_ITEMS = 1000;

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ImportLeases leases;

    @Inject
    private Event<NewPaymentsArrived> newPayments;

    /** An entry whose fields are valid, before it is matched with the register and the stored payments. */
    private record Candidate(long position, PaymentChecker.Parsed parsed) {
    }

    /** A payment that passed every check, with what it refers to. */
    private record Ready(PaymentChecker.Parsed parsed, Match match, Payment stored, boolean repeated) {
    }

    /** The outcome of checking a batch: the entries to write, and those refused. */
    private record Checked(List<Ready> ready, List<Rejection> rejections) {
    }

    /**
     * The API's batch: all or nothing. If any entry is refused, nothing is written and the result lists every
     * refused entry; otherwise every payment is applied and one notice per person with a new payment is sent.
     */
    public FeedResult submit(List<FeedEntry> entries) {
        if (entries.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("At most " + MAX_ITEMS + " items per call");
        }
        Checked checked = check(entries);
        if (!checked.rejections().isEmpty()) {
            return new FeedResult(0, 0, 0, checked.rejections());
        }
        FeedResult result = write(checked);
        written(checked).forEach(id -> newPayments.fire(new NewPaymentsArrived(id)));
        return result;
    }

    /**
     * One chunk of a CSV import, in the chunk's transaction: the valid lines are applied, the others recorded as
     * rejections, and the import's counters and resume line move on in the same commit. A person is told of new
     * payments once per import, however many chunks bring them some.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public FeedResult importChunk(long importId, List<FeedEntry> lines) {
        // The chunk's writes go to the database once, at its commit: no query below reads the payments it adds, and
        // a flush before each query (one per person told of a new payment) re-examined the whole chunk every time.
        em.setFlushMode(FlushModeType.COMMIT);
        // Locked until the chunk commits: a node taking the import over waits for it (and then finds the lease
        // renewed), and a chunk that starts after a takeover reads the new owner and is refused.
        PaymentImport file = em.find(PaymentImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        Checked checked = check(lines);
        FeedResult result = write(checked);
        checked.rejections().forEach(r -> em.persist(new ImportRejection(importId, r.position(), r.reference(), r.reason())));
        long lastLine = lines.stream().mapToLong(FeedEntry::position).max().orElseThrow();
        // Only the import's owner commits a chunk (a node that lost it to another has its chunk rolled back).
        file.chunkDone(PaymentImportService.node(), clock.instant().plus(leases.length()), lastLine, result.inserted(),
                result.updated(), result.unchanged(), checked.rejections().size());
        Set<Long> told = new HashSet<>(em.createNamedQuery("PaymentImportNotice.peopleTold", Long.class)
                .setParameter("importId", importId).getResultList());
        for (Long person : written(checked)) {
            if (told.add(person)) {
                em.persist(new PaymentImportNotice(importId, person));
                newPayments.fire(new NewPaymentsArrived(person));
            }
        }
        return result;
    }

    private Checked check(List<FeedEntry> entries) {
        LocalDate today = LocalDate.now(clock);
        List<Rejection> rejections = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (FeedEntry entry : entries) {
            if (entry.problem() != null) {
                rejections.add(new Rejection(entry.position(), null, entry.problem()));
                continue;
            }
            Outcome outcome = PaymentChecker.parse(entry.item(), today);
            if (outcome.isValid()) {
                candidates.add(new Candidate(entry.position(), outcome.parsed()));
            } else {
                rejections.add(new Rejection(entry.position(), shortReference(entry.item()),
                        PaymentChecker.joined(outcome.reasons())));
            }
        }
        Map<Nir, InsuredPerson> people = people(candidates.stream().map(c -> c.parsed().nir()).collect(
                Collectors.toSet()));
        Map<String, Payment> stored = stored(candidates.stream().map(c -> c.parsed().reference()).toList());
        // Most payments are the insured person's own: families are read only if a line names a child.
        boolean namesAChild = candidates.stream().anyMatch(c -> c.parsed().beneficiaryGivenNames() != null);
        Map<Long, List<Beneficiary>> children = namesAChild ? children(people.values()) : Map.of();
        Map<String, Candidate> seen = new HashMap<>();
        List<Ready> ready = new ArrayList<>();
        for (Candidate candidate : candidates) {
            PaymentChecker.Parsed p = candidate.parsed();
            InsuredPerson person = people.get(p.nir());
            List<Beneficiary> family = person == null ? List.of() : children.getOrDefault(person.getId(), List.of());
            Match match = PaymentChecker.match(p, person, family, stored.get(p.reference()));
            if (!match.reasons().isEmpty()) {
                rejections.add(new Rejection(candidate.position(), p.reference(), PaymentChecker.joined(match.reasons())));
                continue;
            }
            Candidate first = seen.putIfAbsent(p.reference(), candidate);
            if (first == null) {
                ready.add(new Ready(p, match, stored.get(p.reference()), false));
            } else if (p.equals(first.parsed())) {
                // The same payment twice changes nothing, as in two batches; two versions in one batch are ambiguous.
                ready.add(new Ready(p, match, null, true));
            } else {
                rejections.add(new Rejection(candidate.position(), p.reference(), "reference : déjà en position "
                        + first.position() + " de ce lot avec d'autres données"));
            }
        }
        rejections.sort(java.util.Comparator.comparingLong(Rejection::position));
        return new Checked(ready, rejections);
    }

    private FeedResult write(Checked checked) {
        Instant now = clock.instant();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        List<Payment> fresh = new ArrayList<>();
        for (Ready r : checked.ready()) {
            if (r.repeated()) {
                unchanged++;
                continue;
            }
            if (r.stored() == null) {
                fresh.add(new Payment(r.parsed().reference(), r.match().person(), r.match().beneficiary(),
                        r.parsed().details(), r.parsed().settlement(), now));
                inserted++;
            } else if (r.stored().settle(r.parsed().settlement())) {
                updated++;
            } else {
                unchanged++;
            }
        }
        PaymentWriter.insert(em, fresh);
        return new FeedResult(inserted, updated, unchanged, checked.rejections());
    }

    /** The people who got at least one new payment in this batch. */
    private static Set<Long> written(Checked checked) {
        return checked.ready().stream().filter(r -> !r.repeated() && r.stored() == null).map(r -> r.match().person().getId())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The people these NIRs name, as references: a payment only points at its person, so their data is not read (a
     * chunk names up to 2 000 people, and reading them whole was a tenth of the import's time).
     */
    private Map<Nir, InsuredPerson> people(Set<Nir> nirs) {
        if (nirs.isEmpty()) {
            return Map.of();
        }
        Map<Nir, InsuredPerson> people = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.nir, p.id FROM InsuredPerson p WHERE p.nir IN :nirs", Object[].class)
                .setParameter("nirs", nirs).getResultList()) {
            people.put((Nir) row[0], em.getReference(InsuredPerson.class, row[1]));
        }
        return people;
    }

    /** The children of these people by parent id: their own, and those they are the second parent of. */
    private Map<Long, List<Beneficiary>> children(Collection<InsuredPerson> people) {
        Map<Long, List<Beneficiary>> byParent = new HashMap<>();
        if (people.isEmpty()) {
            return byParent;
        }
        for (Beneficiary child : em.createNamedQuery("Beneficiary.ofParents", Beneficiary.class)
                .setParameter("people", people).getResultList()) {
            child.parentIds().forEach(parent -> byParent.computeIfAbsent(parent, id -> new ArrayList<>()).add(child));
        }
        return byParent;
    }

    private Map<String, Payment> stored(List<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery("Payment.findByReferences", Payment.class)
                .setParameter("references", references).getResultList().stream()
                .collect(Collectors.toMap(Payment::getReference, Function.identity()));
    }

    /** The reference as the claims system sent it, for the report, if it is short enough to be one. */
    private static String shortReference(PaymentItem item) {
        String ref = item.reference();
        return ref == null || ref.isBlank() || ref.strip().length() > 40 ? null : Objects.requireNonNull(ref).strip();
    }
}
