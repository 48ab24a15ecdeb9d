package org.compteassure.service.payment;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Sums over every payment matching a filter (not only the page shown).
 *
 * @param paid what reached the bank account (status PAID)
 * @param pending what is announced but not paid yet (status PENDING)
 */
public record PaymentTotals(long count, BigDecimal paid, long pendingCount, BigDecimal pending)
        implements Serializable {
}
