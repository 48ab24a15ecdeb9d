package org.compteassure.web.platform;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * {@code <ca:options items="#{…}"/>}: the {@code <option>} elements of a plain (GET form) select; the payments page
 * has two selects of 27 months.
 */
@FacesComponent("org.compteassure.Options")
public class Options extends WrittenComponent {

    /** One option; {@code selected} marks the current choice. */
    public record Option(String value, String label, boolean selected) {
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        for (Option option : this.<List<Option>>attribute("items")) {
            writer.startElement("option", this);
            writer.writeAttribute("value", option.value(), null);
            if (option.selected()) {
                writer.writeAttribute("selected", "selected", null);
            }
            writer.writeText(option.label(), null);
            writer.endElement("option");
        }
    }
}
