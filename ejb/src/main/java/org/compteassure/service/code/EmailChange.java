package org.compteassure.service.code;

/** A used e-mail change link: whose account, and the address it confirmed. */
public record EmailChange(long accountId, String newEmail) {
}
