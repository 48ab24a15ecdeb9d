package org.compteassure.service.payment;

import java.io.Serializable;
import java.time.YearMonth;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentStatus;

/**
 * What a person asks to see on "Mes paiements". Every part may be null (no restriction); the months are clamped to
 * the 27-month window by the service.
 *
 * @param beneficiary {@link #SELF} for the insured person's own care, a beneficiary's id, or null for everyone
 */
public record PaymentFilter(YearMonth from, YearMonth to, Long beneficiary, PaymentKind kind, PaymentStatus status)
        implements Serializable {

    /** The beneficiary value that means "the insured person themself". */
    public static final long SELF = 0L;

    public static PaymentFilter none() {
        return new PaymentFilter(null, null, null, null, null);
    }
}
