package org.compteassure.service.messaging;

import java.time.Instant;
import org.compteassure.persistence.messaging.AccessLog;
import org.compteassure.persistence.messaging.AccessLog.Action;

/** One line of "Consultations de mon dossier": when an adviser opened the person's file or acted on it, and what. */
public record FileAccess(Instant loggedAt, String staffUsername, Action action) {

    static FileAccess of(AccessLog entry) {
        return new FileAccess(entry.getLoggedAt(), entry.getStaffUsername(), entry.getAction());
    }
}
