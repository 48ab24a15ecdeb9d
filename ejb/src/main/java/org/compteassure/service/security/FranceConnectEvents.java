package org.compteassure.service.security;

import java.time.Instant;

/** Changes of the FranceConnect link that the owner must hear about, fired inside the transaction of the change. */
public final class FranceConnectEvents {

    private FranceConnectEvents() {
    }

    /** The account can now be entered through FranceConnect: a notice, so that the real owner learns of it. */
    public record Linked(long accountId, Instant when) {
    }

    /** The account no longer accepts FranceConnect. */
    public record Unlinked(long accountId, Instant when) {
    }
}
