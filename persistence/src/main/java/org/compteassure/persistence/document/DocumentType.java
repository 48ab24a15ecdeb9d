package org.compteassure.persistence.document;

/** The kinds of PDF the fund issues; each one's title is in the bundles under {@code document.type.<NAME>}. */
public enum DocumentType {
    /** "Attestation de droits": who is covered, for which period. */
    RIGHTS,
    /** "Attestation de paiement d'indemnités journalières" for a period the person chooses. */
    DAILY_ALLOWANCES,
    /** "Relevé mensuel": every payment of one month. */
    MONTHLY_STATEMENT,
    /** "Relevé fiscal": the daily allowances paid in one year. */
    TAX_STATEMENT,
    /** "Certificat provisoire de remplacement" of the European card, valid 3 months. */
    PROVISIONAL_CERTIFICATE
}
