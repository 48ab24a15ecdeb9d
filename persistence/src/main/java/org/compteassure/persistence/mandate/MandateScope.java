package org.compteassure.persistence.mandate;

/** The parts of a person's space a mandate lets the helper use. */
public enum MandateScope {
    /** « Mes paiements », a payment's detail, « Signaler un paiement ». */
    PAYMENTS,
    /** « Mes documents »: attestations and statements. */
    DOCUMENTS,
    /** « Ma messagerie »: the threads, their attachments, new messages and replies. */
    MESSAGING,
    /** « Mes démarches »: what was asked of the fund and where it stands. */
    DEMARCHES
}
