package org.compteassure.web.platform;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * {@code <ca:options items="#{…}"/>}: the options of a plain (GET form) select, from a list of {@link Option}.
 * <p>
 * Written in Java by measurement (2026-12-03, JFR of first views of /espace/paiements, whose two month selects have
 * 27 options each): as a {@code ui:repeat} tag file the options were a third of the page's request samples (three EL
 * expressions an option, each resolved through Weld's and the resource bundle's resolvers).
 */
@FacesComponent("org.compteassure.Options")
public class Options extends WrittenComponent {

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
