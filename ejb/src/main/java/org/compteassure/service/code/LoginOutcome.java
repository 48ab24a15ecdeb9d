package org.compteassure.service.code;

import java.util.List;

/**
 * The answer to the first login step. {@code REJECTED} covers unknown number, wrong code and closed accounts alike,
 * {@code LOCKED} a locked or blocked number whether or not it has an account, so that nothing tells them apart.
 */
public record LoginOutcome(Kind kind, long accountId, long pendingCodeId, List<String> factors) {

    /** An outcome without strong factors: the e-mailed code (or no second step at all). */
    public LoginOutcome(Kind kind, long accountId, long pendingCodeId) {
        this(kind, accountId, pendingCodeId, List.of());
    }

    public enum Kind {
        REJECTED,
        /** Too many wrong codes for this number: locked for a while, or until a new code is chosen. */
        LOCKED,
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

    static LoginOutcome locked() {
        return new LoginOutcome(Kind.LOCKED, 0, 0);
    }

    /** A refusal (wrong, or locked): the answers that must not come sooner for an unknown number. */
    public boolean refused() {
        return kind == Kind.REJECTED || kind == Kind.LOCKED;
    }
}
