package org.compteassure.service.code;

import java.time.Instant;

/**
 * One line of « Applications connectées »: an application on one device, since when, and when it last renewed its
 * access; {@code id} names it for « Déconnecter ».
 */
public record ConnectedApp(String id, String name, String device, Instant connectedAt, Instant lastRenewedAt) {
}
