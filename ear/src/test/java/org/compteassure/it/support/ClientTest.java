package org.compteassure.it.support;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that use the application from outside, as people and other systems do: the built EAR with the
 * test-support servlet and the movable clock, deployed once for all of them ({@link SharedEar}), and its address.
 * Arquillian still starts and stops the server.
 */
@ExtendWith({ArquillianExtension.class, SharedEar.class})
@RunAsClient
public abstract class ClientTest {

    protected final URL base;

    protected ClientTest() {
        try {
            base = new URL("http://127.0.0.1:" + Integer.getInteger("it.http.port", 8080) + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every test comes from the same address: the per-address budgets (failed logins, costly requests) would carry
     * over from one test to the next, so each starts with none spent.
     */
    @BeforeEach
    void freshAddressBudgets() {
        newSite().support("forget-failures", Map.of());
    }

    /** A test that moved the application's clock or spent a budget leaves neither to the next one. */
    @AfterEach
    void resetClockAndBudgets() {
        Site site = newSite();
        site.support("clock-reset", Map.of());
        site.support("forget-failures", Map.of());
    }

    /** A new visitor: its own cookies, so its own session. */
    protected Site newSite() {
        return new Site(base.toString());
    }
}
