package org.compteassure.service.demarche;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.persistence.demarche.DemarcheType;

/** A démarche as "Mes démarches" and the adviser's file show it, with its history oldest first. */
public record DemarcheView(String number, DemarcheType type, DemarcheStatus status, String summary, Instant createdAt,
                           LocalDate estimatedOn, String reason, List<Step> history) {

    /** One status it reached, on the fund's date, with its reason if any. */
    public record Step(DemarcheStatus status, LocalDate date, String reason) {
    }

    /** The statuses some types name in their own words (« Carte en opposition », « Expédiée »). */
    private static final Set<String> OWN_WORDS = Set.of("VITALE_LOSS.IN_PROGRESS", "VITALE_LOSS.DONE",
            "EUROPEAN_CARD.RECEIVED", "EUROPEAN_CARD.IN_PROGRESS", "EUROPEAN_CARD.DONE");

    /** The bundle key of the current status's label, in this type's words. */
    public String statusKey() {
        return statusKey(status);
    }

    /** The bundle key of a status's label, in this type's words ({@code demarches.status.*}). */
    public String statusKey(DemarcheStatus of) {
        String own = type.name() + "." + of.name();
        return "demarches.status." + (OWN_WORDS.contains(own) ? own : of.name());
    }

    /** Still waiting for the fund: « Reçue » or « En cours de traitement ». */
    public boolean isOpen() {
        return !status.isFinal();
    }
}
