package org.compteassure.web.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * Every view starts in the person's language (the header's switch, French by default), not the browser's: a page's
 * view action runs before the template's {@code f:view} is applied, and what it formats or says must already be in
 * that language.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return LanguageFilter.chosen((HttpSession) context.getExternalContext().getSession(false));
    }
}
