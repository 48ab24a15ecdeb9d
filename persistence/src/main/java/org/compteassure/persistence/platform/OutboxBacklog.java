package org.compteassure.persistence.platform;

/**
 * The age of the oldest mail the outbox has not sent, as the application's clock sees it: the readiness check
 * ({@link OutboxHealthCheck}, in the EAR's lib/) reads it from the EJB module, which alone knows that clock.
 */
public interface OutboxBacklog {

    /** Where the check finds it (the EJB {@code OperationsMetrics} of the application's module {@code ejb}). */
    String JNDI = "java:app/ejb/OperationsMetrics!" + "org.compteassure.persistence.platform.OutboxBacklog";

    /** Seconds since the oldest unsent mail was written; 0 when none waits; negative when the database did not answer. */
    long oldestUnsentMailSeconds();
}
