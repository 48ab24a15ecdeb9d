package org.compteassure.web.payment;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.compteassure.persistence.payment.PaymentStatus;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.platform.WrittenComponent;

/** {@code <ca:paymentStatus status="#{…}"/>}: a payment's status as a badge with its word, never colour alone. */
@FacesComponent("org.compteassure.PaymentStatus")
public class PaymentStatusBadge extends WrittenComponent {

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        write(this, context.getResponseWriter(), attribute("status"));
    }

    /** The badge, written by {@code component}: this one, or {@link PaymentRows} for each row. */
    static void write(WrittenComponent component, ResponseWriter writer, PaymentStatus status) throws IOException {
        component.textElement(writer, "span", switch (status) {
            case PAID -> "badge badge-success";
            case PENDING -> "badge badge-warning";
            case REJECTED -> "badge badge-error";
        }, Messages.text("paiements.status." + status.name()));
    }
}
