package org.compteassure.web.payment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.compteassure.persistence.payment.PaymentReport;
import org.compteassure.persistence.payment.PaymentReport.Reason;
import org.compteassure.service.payment.AlreadyReportedException;
import org.compteassure.service.payment.PaymentDetail;
import org.compteassure.service.payment.PaymentService;
import org.compteassure.web.platform.ObjectPage;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /espace/signaler-paiement?id=…: « Signaler un paiement », reached from the payment's detail (which stays
 * stateless). The reason and an optional text (required for « Autre »); a payment whose report is still open shows
 * the démarche instead of the form. Another person's payment answers 404, like an unknown one.
 */
@Named
@ViewScoped
public class PaymentReportBacking extends ObjectPage<PaymentDetail> {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "report";

    @EJB
    private PaymentService payments;

    private Reason reason;
    private String text;
    private String openReport;
    private boolean openReportRead;

    @Override
    protected PaymentDetail fetch(long paymentId) {
        return payments.detail(paymentId);
    }

    @Override
    protected String path() {
        return "/espace/signaler-paiement";
    }

    public PaymentDetail getPayment() {
        return object();
    }

    /** The démarche of an earlier report still open, or null: the page then shows it instead of the form. */
    public String getOpenReport() {
        if (!openReportRead) {
            openReport = payments.openReport(objectId());
            openReportRead = true;
        }
        return openReport;
    }

    public String send() {
        String words = text == null ? "" : text.strip();
        if (reason == Reason.OTHER && words.isEmpty()) {
            Messages.fieldError(FORM, "text", "signaler-paiement.text.required");
            return null;
        }
        if (words.length() > PaymentReport.MAX_TEXT) {
            Messages.fieldError(FORM, "text", "signaler-paiement.text.tooLong", PaymentReport.MAX_TEXT,
                    words.length());
            return null;
        }
        String number;
        try {
            number = payments.report(objectId(), reason, words);
        } catch (AlreadyReportedException e) {
            openReport = e.getDemarcheNumber();
            openReportRead = true;
            Messages.error("signaler-paiement.already.error");
            return null;
        }
        Messages.flash("signaler-paiement.sent", number);
        return Http.redirect("/espace/demarches");
    }

    public Reason[] getReasons() {
        return Reason.values();
    }

    public int getMaxText() {
        return PaymentReport.MAX_TEXT;
    }

    public Reason getReason() {
        return reason;
    }

    public void setReason(Reason reason) {
        this.reason = reason;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
