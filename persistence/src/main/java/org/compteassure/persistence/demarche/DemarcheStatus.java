package org.compteassure.persistence.demarche;

/**
 * Where a démarche stands: « Reçue », « En cours de traitement », then « Traitée » or « Refusée » (with a reason).
 * A status only moves forward: a rank below the current one, or another end once ended, is refused.
 */
public enum DemarcheStatus {
    RECEIVED(0), IN_PROGRESS(1), DONE(2), REFUSED(2);

    private final int rank;

    DemarcheStatus(int rank) {
        this.rank = rank;
    }

    public boolean isFinal() {
        return rank == 2;
    }

    /** Whether a démarche in this status may move to {@code next} (the same status is no move: see the service). */
    public boolean mayBecome(DemarcheStatus next) {
        return next != this && next.rank > rank;
    }
}
