package org.compteassure.persistence.platform;

/**
 * The age of the oldest mail the outbox has not sent, as the application's clock sees it: the readiness check
 * ({@link OutboxHealthCheck}, in the EAR's lib/) reads it from the EJB module, which alone knows that clock.
 */
public interface OutboxBacklog {

    /**
     * Where the check finds it (the EJB {@code OperationsMetrics} of the module {@code ejb} of the application
     * {@code compte-assure}): a global name, because health checks run on a management thread, outside java:app.
     */
    String JNDI = "java:global/compte-assure/ejb/OperationsMetrics!org.compteassure.persistence.platform.OutboxBacklog";

    /** Seconds since the oldest unsent mail was written; 0 when none waits; negative when the database did not answer. */
    long oldestUnsentMailSeconds();
}
