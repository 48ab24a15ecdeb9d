package org.compteassure.web.code;

import jakarta.servlet.http.HttpServletRequest;
import org.compteassure.web.security.RequestedPage;

/**
 * Where an insured person's login goes once complete (password, second step or passkey): the page of their space
 * they asked for, or the application's authorization request that sent them to log in, else their home. The page
 * is kept and checked by {@link RequestedPage}, so the login can never be made to redirect elsewhere.
 */
public final class AfterLogin {

    public static final String HOME = "/espace/accueil";

    private AfterLogin() {
    }

    /** Comes back to this authorization request after the login. */
    public static void authorizeAgain(HttpServletRequest request, String query) {
        RequestedPage.keep(request, OAuthAuthorizeServlet.PATH + "?" + query);
    }

    /** The path to redirect to now that the person is logged in; used once. */
    public static String take(HttpServletRequest request) {
        return RequestedPage.after(request, HOME, "/espace/", OAuthAuthorizeServlet.PATH + "?");
    }
}
