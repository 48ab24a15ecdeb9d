package org.compteassure.web.payment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.payment.PaymentDetail;
import org.compteassure.service.payment.PaymentService;
import org.compteassure.web.platform.Http;

/**
 * /espace/paiement?id=…: every field of one payment. An id that is not the caller's (or not a number) answers 404,
 * exactly like one that does not exist.
 */
@Named
@RequestScoped
public class PaymentBacking {

    @EJB
    private PaymentService payments;

    @Inject
    private HttpServletRequest request;

    private PaymentDetail detail;

    /** A view action: loads the payment, or ends the request with 404. */
    public void load() {
        try {
            detail = payments.detail(Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NumberFormatException | NotFoundException e) {
            Http.sendError(404);
        }
    }

    public PaymentDetail getPayment() {
        return detail;
    }

    public boolean isFound() {
        return detail != null;
    }
}
