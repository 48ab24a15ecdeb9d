package org.compteassure.service.demarche;

import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.persistence.demarche.DemarcheType;

/** What happens to démarches, fired inside the transaction of the change. */
public final class DemarcheEvents {

    private DemarcheEvents() {
    }

    /** A démarche was made: its message for the back office ({@code message}, JSON) joins the outbox. */
    public record Opened(String number, DemarcheType type, long insuredPersonId, String message) {
    }

    /** The back office moved a démarche on: the person is told, and the feature that made it applies the outcome. */
    public record Advanced(String number, DemarcheType type, long insuredPersonId, DemarcheStatus status) {
    }
}
