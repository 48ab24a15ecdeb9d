package org.compteassure.persistence.demarche;

/** What a person asks the fund to do; each has its own estimated processing time (configuration). */
public enum DemarcheType {
    IBAN_CHANGE, ADDRESS_CHANGE, VITALE_LOSS, EUROPEAN_CARD, SECOND_PARENT, NEWBORN, PAYMENT_REPORT
}
