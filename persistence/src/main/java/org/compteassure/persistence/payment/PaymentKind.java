package org.compteassure.persistence.payment;

/** What a payment is for: care the fund reimburses, or a daily allowance (IJ) replacing lost pay. */
public enum PaymentKind {
    REIMBURSEMENT,
    DAILY_ALLOWANCE
}
