package org.compteassure.web.payment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.service.payment.PaymentRow;
import org.compteassure.service.payment.PaymentService;

/** The home page's card "Mes paiements": the three newest payments and a link to the list. */
@Named
@RequestScoped
public class LatestPaymentsBacking {

    @EJB
    private PaymentService payments;

    private List<PaymentRow> rows;

    public List<PaymentRow> getRows() {
        if (rows == null) {
            rows = payments.latest();
        }
        return rows;
    }
}
