package org.compteassure.service.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentStatus;

/**
 * One line of the payments list: only the columns the list shows, read by a JPQL constructor expression so that the
 * hot page never loads whole entities.
 *
 * @param beneficiaryName the beneficiary's given names, null when the care was the insured person's
 */
public record PaymentRow(long id, LocalDate careDate, PaymentKind kind, String actLabel, String beneficiaryName,
                         BigDecimal amountPaid, PaymentStatus status, LocalDate periodFrom, LocalDate periodTo)
        implements Serializable {

    public boolean pending() {
        return status == PaymentStatus.PENDING;
    }
}
