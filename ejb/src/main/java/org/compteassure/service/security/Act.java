package org.compteassure.service.security;

import org.compteassure.persistence.mandate.MandateScope;

/**
 * What a helper does in the space of the person they act for ({@link Caller#accountFor}), each in the part of the
 * space a mandate must cover. A consultation is written once in a quarter of an hour in the person's activity; what
 * changes something, every time.
 */
public enum Act {
    PAYMENTS_READ(MandateScope.PAYMENTS, true),
    PAYMENT_REPORTED(MandateScope.PAYMENTS, false),
    DOCUMENTS_READ(MandateScope.DOCUMENTS, true),
    DOCUMENT_ISSUED(MandateScope.DOCUMENTS, false),
    MESSAGES_READ(MandateScope.MESSAGING, true),
    MESSAGE_WRITTEN(MandateScope.MESSAGING, false),
    DEMARCHES_READ(MandateScope.DEMARCHES, true);

    private final MandateScope scope;
    private final boolean consultation;

    Act(MandateScope scope, boolean consultation) {
        this.scope = scope;
        this.consultation = consultation;
    }

    public MandateScope scope() {
        return scope;
    }

    public boolean isConsultation() {
        return consultation;
    }
}
