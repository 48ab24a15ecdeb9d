package org.compteassure.service.code;

import java.time.Instant;

/** A browser the account trusts (no e-mailed code at login), as "Sécurité" lists it, until when. */
public record TrustedBrowser(long id, String label, Instant expiresAt) {
}
