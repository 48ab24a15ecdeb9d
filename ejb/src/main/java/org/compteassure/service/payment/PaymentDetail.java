package org.compteassure.service.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.payment.DailyAllowance;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentStatus;

/**
 * Everything about one payment, for its detail page.
 *
 * @param id the payment's id in the portal, which its pages name ({@code ?id=…})
 * @param beneficiaryName the beneficiary's given names, null when the care was the insured person's
 * @param rate the reimbursement rate in percent, null when the claims system gave none
 * @param paidTo the account it was paid to, null until it is paid
 * @param dailyAllowance the period and amounts of a daily allowance (IJ), null for a reimbursement
 */
public record PaymentDetail(long id, String reference, String beneficiaryName, PaymentKind kind, LocalDate careDate,
                            String actLabel, String practitioner, BigDecimal amountSpent, BigDecimal reimbursementBase,
                            Integer rate, BigDecimal amountPaid, BigDecimal participationForfaitaire,
                            BigDecimal franchise, PaymentStatus status, String rejectionReason, LocalDate paymentDate,
                            Iban paidTo, Allowance dailyAllowance) implements Serializable {

    /** What a daily allowance covers and how its net amount was reached. */
    public record Allowance(LocalDate periodFrom, LocalDate periodTo, Integer days, BigDecimal dailyGross,
                            BigDecimal grossTotal, BigDecimal csgCrds, String employer) implements Serializable {
    }

    static PaymentDetail of(Payment p, String beneficiaryName) {
        DailyAllowance ij = p.getDailyAllowance();
        Allowance allowance = ij == null ? null : new Allowance(ij.getPeriodFrom(), ij.getPeriodTo(), ij.getDays(),
                ij.getDailyGross(), ij.getGrossTotal(), ij.getCsgCrds(), ij.getEmployer());
        return new PaymentDetail(p.getId(), p.getReference(), beneficiaryName, p.getKind(), p.getCareDate(),
                p.getActLabel(), p.getPractitioner(), p.getAmountSpent(), p.getReimbursementBase(), p.getRate(), p.getAmountPaid(),
                p.getParticipationForfaitaire(), p.getFranchise(), p.getStatus(), p.getRejectionReason(),
                p.getPaymentDate(), p.getPaidTo(), allowance);
    }
}
