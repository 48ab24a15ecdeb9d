package org.compteassure.service.security;

import java.time.Instant;

/** What "Activité de mon compte" tells the other features, fired inside the transaction that caused it. */
public final class ActivityEvents {

    private ActivityEvents() {
    }

    /** A sign-in from a browser never seen on the account: the owner gets an e-mail. */
    public record NewDeviceSignIn(long accountId, Instant when, String browser, String network) {
    }

    /**
     * The owner said "Ce n'était pas moi": a thread to an adviser is opened with this summary of what was done and of
     * the recent sign-ins.
     */
    public record ActivityReported(long accountId, String summary, Instant when) {
    }

    /** An insured person added or removed a strong factor; {@code name} is a passkey's, null for the others. */
    public record FactorChanged(long accountId, boolean added, String name, Instant when) {
    }
}
