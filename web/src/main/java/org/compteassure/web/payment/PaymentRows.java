package org.compteassure.web.payment;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.compteassure.web.platform.WrittenComponent;

/** {@code <ca:paymentRows rows="#{paymentsBacking.lines}"/>}: the rows of the payments list (20 a page). */
@FacesComponent("org.compteassure.PaymentRows")
public class PaymentRows extends WrittenComponent {

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        for (PaymentsBacking.Line row : this.<List<PaymentsBacking.Line>>attribute("rows")) {
            writer.startElement("tr", this);
            textElement(writer, "td", null, row.careDate());
            writer.startElement("td", this);
            writer.startElement("a", this);
            writer.writeURIAttribute("href", row.href(), null);
            writer.writeText(row.actLabel(), null);
            writer.endElement("a");
            if (row.period() != null) {
                writer.startElement("br", this);
                writer.endElement("br");
                textElement(writer, "span", "hint", row.period());
            }
            writer.endElement("td");
            textElement(writer, "td", null, row.who());
            textElement(writer, "td", "number", row.amount());
            writer.startElement("td", this);
            PaymentStatusBadge.write(this, writer, row.status());
            writer.endElement("td");
            writer.endElement("tr");
        }
    }
}
