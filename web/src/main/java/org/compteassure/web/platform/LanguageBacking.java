package org.compteassure.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language a page is shown in: French unless the person chose English with the switch in the header. */
@Named("language")
@RequestScoped
public class LanguageBacking {

    @Inject
    private HttpServletRequest request;

    public Locale getLocale() {
        return LanguageFilter.chosen(request.getSession(false));
    }
}
