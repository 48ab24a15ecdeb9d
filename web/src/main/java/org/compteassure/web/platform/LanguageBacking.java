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

    /** The header's switch: this page, its query string kept (a link's token), in the other language. */
    public String switchLink(String lang) {
        Object forwarded = request.getAttribute("jakarta.servlet.forward.query_string");
        return LanguageFilter.switchLink(forwarded instanceof String query ? query : request.getQueryString(), lang);
    }
}
