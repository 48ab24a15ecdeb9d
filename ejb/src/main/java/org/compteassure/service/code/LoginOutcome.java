package org.compteassure.service.code;

/**
 * The answer to the first login step. {@code REJECTED} covers unknown number, wrong code, locked, blocked and closed
 * accounts alike, so that nothing tells them apart.
 */
public record LoginOutcome(Kind kind, long accountId, long pendingCodeId) {

    public enum Kind {
        REJECTED,
        /** Right code; a 6-digit code went by e-mail. */
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
