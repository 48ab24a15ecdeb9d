package org.compteassure.web.platform;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.compteassure.service.account.ProfileService;
import org.compteassure.service.security.Roles;

/**
 * The language switch: a plain link with {@code ?lang=en} or {@code ?lang=fr} (works without JavaScript), added to
 * the page's own query string, stores the choice in the session, then redirects to the same address and query without
 * the parameter. A logged-in insured person's choice is also kept on the account (as is a choice made before logging
 * in, by {@code SignIn}): their e-mails are written in it.
 */
public class LanguageFilter extends HttpFilter {

    /** Keeps the choice of a logged-in insured person for their e-mails. */
    @EJB
    private ProfileService profiles;

    static final String SESSION_ATTRIBUTE = "compteassure.locale";
    static final Locale FRENCH = Locale.FRENCH;
    private static final Map<String, Locale> SUPPORTED = Map.of("fr", FRENCH, "en", Locale.ENGLISH);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        Locale chosen = lang != null && "GET".equals(request.getMethod()) ? SUPPORTED.get(lang) : null;
        if (chosen == null) {
            chain.doFilter(request, response);
            return;
        }
        request.getSession().setAttribute(SESSION_ATTRIBUTE, chosen);
        if (request.isUserInRole(Roles.INSURED)) {
            profiles.chooseLanguage(chosen);
        }
        String kept = withoutLang(request.getQueryString());
        response.sendRedirect(request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept));
    }

    /**
     * The query string without its {@code lang} parameter, the rest as it came: switching languages on
     * {@code /choisir-code?jeton=…} keeps the token.
     */
    static String withoutLang(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.equals("lang") && !part.startsWith("lang="))
                .collect(Collectors.joining("&"));
    }

    /** The switch's link to this page in the other language: its own query string, then {@code lang}. */
    static String switchLink(String query, String lang) {
        String kept = withoutLang(query);
        return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + lang;
    }

    /** The language chosen with the switch in this session, or null if none was. */
    public static Locale explicit(HttpSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : null;
    }

    /** The language chosen in this session, French when none was (or there is no session). */
    static Locale chosen(HttpSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : FRENCH;
    }
}
