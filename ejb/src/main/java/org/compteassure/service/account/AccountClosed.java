package org.compteassure.service.account;

import java.time.Instant;

/** An account was closed by its owner; payments and documents are kept. */
public record AccountClosed(long accountId, Instant when) {
}
