package org.compteassure.service.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.compteassure.persistence.payment.PaymentStatus;

/** One daily-allowance (IJ) payment as the IJ tab lists it: the period it covers and how the net was reached. */
public record AllowanceRow(long id, LocalDate periodFrom, LocalDate periodTo, Integer days, BigDecimal grossTotal,
                           BigDecimal csgCrds, BigDecimal amountPaid, PaymentStatus status, LocalDate paymentDate)
        implements Serializable {

    public boolean pending() {
        return status == PaymentStatus.PENDING;
    }
}
