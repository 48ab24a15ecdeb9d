package org.compteassure.service.demarche;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.persistence.demarche.DemarcheType;

/** A démarche as "Mes démarches" and the adviser's file show it, with its history oldest first. */
public record DemarcheView(String number, DemarcheType type, DemarcheStatus status, String summary, Instant createdAt,
                           LocalDate estimatedOn, String reason, List<Step> history) {

    /** One status it reached, on the fund's date, with its reason if any. */
    public record Step(DemarcheStatus status, LocalDate date, String reason) {
    }

    /** Still waiting for the fund: « Reçue » or « En cours de traitement ». */
    public boolean isOpen() {
        return !status.isFinal();
    }
}
