package org.compteassure.service.code;

import java.time.Instant;

/**
 * A strong factor an insured person may hold besides their code: an authenticator application (TOTP), recovery
 * codes, and passkeys next. Implemented by the security feature and found through CDI, so that this feature asks
 * every kind the same questions without knowing them: a person who enrolled one gets it as the second login step
 * instead of the e-mailed code, and must prove it again before a sensitive change (step-up).
 * <p>To add a kind (passkeys): an {@code @ApplicationScoped} bean implementing this interface, a panel on
 * {@code verification.xhtml} for its {@link #kind()}, and a field for its proof where a step-up is asked.
 */
public interface StrongFactor {

    /** Its name in {@link LoginOutcome#factors()} and on the pages: "totp", "recovery", "passkey". */
    String kind();

    /**
     * Whether the account enrolled this factor, which then replaces the e-mailed code and is asked before sensitive
     * changes. Recovery codes answer false: they stand in for another factor, never require one.
     */
    boolean isEnrolled(long accountId);

    /**
     * Checks a proof of this factor (a code typed, an assertion) and uses it up; false for a wrong, replayed or
     * malformed one, never an exception for what a person typed. The caller counts the failure.
     */
    boolean verify(long accountId, String proof, Instant now);
}
