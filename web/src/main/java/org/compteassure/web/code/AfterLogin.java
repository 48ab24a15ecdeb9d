package org.compteassure.web.code;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where a login goes once complete: the person's home, or the page that sent them to log in and asked to come back
 * (an application's authorization request, /oauth/authorize). Only such an application path is kept, never an
 * address a link could choose, so the login page cannot be made to redirect elsewhere.
 */
public final class AfterLogin {

    /** HTTP session attribute: the application path to open after the login (small, Serializable: a String). */
    private static final String ATTRIBUTE = "compteassure.afterLogin";

    public static final String HOME = "/espace/accueil";

    private AfterLogin() {
    }

    /** Comes back to this authorization request after the login. */
    public static void authorizeAgain(HttpServletRequest request, String query) {
        request.getSession().setAttribute(ATTRIBUTE, OAuthAuthorizeServlet.PATH + "?" + query);
    }

    /** The path to redirect to now that the person is logged in; used once. */
    public static String take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String path)) {
            return HOME;
        }
        session.removeAttribute(ATTRIBUTE);
        return path.startsWith(OAuthAuthorizeServlet.PATH + "?") ? path : HOME;
    }
}
