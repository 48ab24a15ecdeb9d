package org.compteassure.service.code;

import java.util.List;

/**
 * The answer to the first login step. {@code REJECTED} covers unknown number, wrong code, locked, blocked and closed
 * accounts alike, so that nothing tells them apart.
 */
public record LoginOutcome(Kind kind, long accountId, long pendingCodeId, List<String> factors) {

    /** An outcome without strong factors: the e-mailed code (or no second step at all). */
    public LoginOutcome(Kind kind, long accountId, long pendingCodeId) {
        this(kind, accountId, pendingCodeId, List.of());
    }

    public enum Kind {
        REJECTED,
        /**
         * Right code; a 6-digit code went by e-mail, or, when {@link #factors()} is not empty, one of those strong
         * factors is asked instead (nothing is sent).
         */
        SECOND_STEP,
        /** Right code, and no second step: no e-mail address, or a trusted device. */
        LOGGED_IN,
        /** A provisional code from a letter: only good for choosing the definitive code. */
        PROVISIONAL
    }

    static LoginOutcome rejected() {
        return new LoginOutcome(Kind.REJECTED, 0, 0);
    }
}
