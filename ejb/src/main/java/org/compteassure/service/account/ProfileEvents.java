package org.compteassure.service.account;

import java.time.Instant;

/** Changes of a person's details that they must hear about, fired inside the transaction of the change. */
public final class ProfileEvents {

    private ProfileEvents() {
    }

    /** The account's e-mail address changed: the old address is told. */
    public record EmailChanged(long accountId, String oldEmail, Instant when) {
    }

    /** New bank details: a notice by e-mail and a letter to the address on file. */
    public record BankDetailsChanged(long accountId, Instant when) {
    }

    /** A lost or stolen carte Vitale was declared: confirmed by e-mail with its reference. */
    public record VitaleLossDeclared(long accountId, String reference, Instant when) {
    }
}
