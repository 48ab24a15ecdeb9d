package org.compteassure.persistence.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's own answer to a lost connection is to wait 5 seconds, then try the query again up to 3 times: during
 * a database outage each request then hangs 5 to 15 s before its 503 page (measured by DatabaseRestartDrillIT before
 * this customizer: 10 s). The datasource's pool already validates every connection it hands out (configure.cli), so
 * one immediate retry, on a fresh connection, is all that is worth doing: it hides a connection that died while idle,
 * and fails at once while the database is down.
 */
public class NoRetryWait implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(1);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
