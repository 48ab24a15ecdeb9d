package org.compteassure.web.platform;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * Base of the {@code ca:} components that write a list's markup in Java, where {@code ui:repeat} would evaluate
 * several EL expressions per item on every request. Only where a measurement shows it pays (the payments page's rows
 * and chart: figures in PaymentRows; the selects' options: Options; the navigation of every page); every other
 * {@code ca:} tag is a Facelets tag file. The writer escapes every text and attribute.
 */
public abstract class WrittenComponent extends UIComponentBase {

    @Override
    public String getFamily() {
        return "org.compteassure";
    }

    /** The tag attribute {@code name}, evaluated. */
    @SuppressWarnings("unchecked")
    protected <T> T attribute(String name) {
        return (T) getAttributes().get(name);
    }

    /** {@code <element class="styleClass">text</element>}; no class attribute when {@code styleClass} is null. */
    public void textElement(ResponseWriter writer, String element, String styleClass, String text) throws IOException {
        writer.startElement(element, this);
        if (styleClass != null) {
            writer.writeAttribute("class", styleClass, null);
        }
        writer.writeText(text, null);
        writer.endElement(element);
    }
}
