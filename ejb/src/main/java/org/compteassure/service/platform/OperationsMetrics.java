package org.compteassure.service.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.compteassure.persistence.messaging.Message.FollowUp;
import org.compteassure.persistence.notification.OutboxDelivery.Status;
import org.compteassure.persistence.payment.ImportStatus;
import org.compteassure.persistence.platform.OutboxBacklog;

/**
 * What an operator's Prometheus scrapes at :9990/metrics (WildFly's Micrometer registry), names in
 * docs/operations.md: counters of logins, lockouts and 429s, and gauges read from the database. Each gauge is one
 * query, kept {@link #CACHE} so that scrapes cost nothing, and never fails: when the database does not answer it
 * reports -1 (and the database readiness check is red).
 * It holds no personal data (counts only), so any caller may read it: the health check calls it without identity.
 */
@Singleton
@Startup
@LocalBean
@Local(OutboxBacklog.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Counts only, no personal data: the health check reads it without identity, and every caller counts its events.
@PermitAll
public class OperationsMetrics implements OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OperationsMetrics.class.getName());
    static final Duration CACHE = Duration.ofSeconds(5);
    private static final String PREFIX = "compte_assure.";

    @Inject
    private MeterRegistry registry;

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private Counter loginsSucceeded;
    private Counter loginsFailed;
    private Counter lockouts;
    private Counter tooManyRequests;

    @PostConstruct
    void register() {
        forget();
        // The registry's own methods, not Counter.builder(...).register(registry): with the builders the meters never
        // reached /metrics on WildFly 39 (its per-deployment registry wrapper, WFLY-21061); with these they do.
        loginsSucceeded = registry.counter(PREFIX + "logins", "outcome", "success");
        loginsFailed = registry.counter(PREFIX + "logins", "outcome", "failure");
        lockouts = registry.counter(PREFIX + "lockouts");
        tooManyRequests = registry.counter(PREFIX + "http.429");
        gauge("outbox.mails.pending", "Mails in the outbox not sent yet", () -> count(
                "SELECT COUNT(m) FROM OutboundMail m WHERE m.delivery.status = :status", Map.of("status", Status.PENDING)));
        gauge("outbox.mails.oldest.age.seconds", "Age of the oldest unsent mail (0: none)",
                this::oldestUnsentMailSeconds);
        gauge("backoffice.messages.pending", "Démarche messages waiting to reach the back office", () -> count(
                "SELECT COUNT(m) FROM OutboundMessage m WHERE m.delivery.status = :status", Map.of("status", Status.PENDING)));
        gauge("letters.waiting", "Postal letters not printed yet", () -> count(
                "SELECT COUNT(l) FROM PostalLetter l WHERE l.printedAt IS NULL", Map.of()));
        gauge("followups.due", "Follow-ups of unread replies that are due", () -> count(
                "SELECT COUNT(m) FROM Message m WHERE m.followUp IN :stages AND m.followUpAt <= :now",
                Map.of("stages", List.of(FollowUp.REMINDER, FollowUp.LETTER), "now", clock.instant())));
        gauge("imports.lines.remaining", "Lines of payment imports queued or running, not done yet", () -> count(
                "SELECT COALESCE(SUM(i.totalLines - i.linesDone), 0) FROM PaymentImport i WHERE i.status IN :open",
                Map.of("open", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING))));
    }

    /**
     * The registry outlives the deployment (WildFly's, for the whole server): without this, a redeployed application
     * would find its old meters under the same names, the gauges still reading through the old, closed deployment.
     */
    @PreDestroy
    void forget() {
        registry.getMeters().stream().filter(meter -> meter.getId().getName().startsWith(PREFIX))
                .toList().forEach(registry::remove);
    }

    /** A first login step of an insured person: passed (logged in or on to the second step) or refused. */
    public void login(boolean passed) {
        (passed ? loginsSucceeded : loginsFailed).increment();
    }

    public void tooManyRequests() {
        tooManyRequests.increment();
    }

    /** Repeated wrong codes locked an account (the first lock of a series). */
    public void lockout() {
        lockouts.increment();
    }

    @Override
    public long oldestUnsentMailSeconds() {
        return cached("outbox.mails.oldest", () -> {
            // The first by date rather than MIN(): on PostgreSQL, EclipseLink hands MIN's Timestamp to the Instant
            // converter, which expects the column's own type.
            List<Instant> oldest = em.createQuery("SELECT m.delivery.createdAt FROM OutboundMail m "
                    + "WHERE m.delivery.status = :status ORDER BY m.delivery.createdAt", Instant.class)
                    .setParameter("status", Status.PENDING).setMaxResults(1).getResultList();
            return oldest.isEmpty() ? 0 : Math.max(0, Duration.between(oldest.get(0), clock.instant()).toSeconds());
        });
    }

    /** {@code description}: for the reader here and in docs/operations.md (the registry is not given it). */
    private void gauge(String name, String description, Supplier<Long> value) {
        // The gauge holds its object weakly: this singleton lives as long as the deployment, which removes it.
        registry.gauge(PREFIX + name, List.of(), this, bean -> value.get());
    }

    private long count(String jpql, Map<String, Object> parameters) {
        return cached(jpql, () -> {
            var query = em.createQuery(jpql, Number.class);
            parameters.forEach(query::setParameter);
            Number result = query.getSingleResult();
            return result == null ? 0 : result.longValue();
        });
    }

    /**
     * The value read at most {@link #CACHE} ago, or -1. By the application's clock, so that a test moves past the
     * cache instead of sleeping.
     */
    private long cached(String key, Supplier<Long> read) {
        Instant now = clock.instant();
        Cached known = cache.get(key);
        if (known != null && !now.isBefore(known.readAt()) && now.isBefore(known.readAt().plus(CACHE))) {
            return known.value();
        }
        long value;
        try {
            value = read.get();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Metric {0} not read: {1}", new Object[] {key, e.toString()});
            value = -1;
        }
        cache.put(key, new Cached(value, now));
        return value;
    }

    private record Cached(long value, Instant readAt) {
    }
}
