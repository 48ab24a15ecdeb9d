package org.compteassure.service.payment;

import org.compteassure.persistence.payment.Payment;

/**
 * Everything about one payment, for its detail page.
 *
 * @param beneficiaryName the beneficiary's given names, null when the care was the insured person's
 */
public record PaymentDetail(Payment payment, String beneficiaryName) {
}
