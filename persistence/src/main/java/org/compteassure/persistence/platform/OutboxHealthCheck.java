package org.compteassure.persistence.platform;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness turns red when the outbox is stuck: a mail written more than 15 minutes ago and still not sent (SMTP
 * down or silent since, the dispatcher not running). The back-off retries a failing mail every 1, 2, 4 … minutes,
 * so a healthy node sends every mail well within that. When the database does not answer, the database check
 * says so and this one stays up (it cannot tell).
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    public static final long STUCK_AFTER_SECONDS = 15 * 60;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("compte-assure-outbox").withData("stuckAfterSeconds", STUCK_AFTER_SECONDS);
        long age;
        try {
            age = ((OutboxBacklog) new InitialContext().lookup(OutboxBacklog.JNDI)).oldestUnsentMailSeconds();
        } catch (NamingException | RuntimeException e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
        return response.withData("oldestUnsentMailSeconds", age).status(age <= STUCK_AFTER_SECONDS).build();
    }
}
