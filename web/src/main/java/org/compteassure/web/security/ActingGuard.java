package org.compteassure.web.security;

import org.compteassure.service.security.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compteassure.persistence.mandate.MandateScope;
import org.compteassure.service.mandate.ActingFor;

/**
 * While a helper acts for someone (« Agir pour … »), the pages of the space open only where the mandate allows: the
 * pages of the parts it covers, and « Un proche m'aide » (the way back); any other page answers 403, the home page
 * leads to « Un proche m'aide ». A mandate that ended meanwhile (by either side, or its last day passed) brings the
 * helper back to their own account. The services check the same again at every call ({@code Caller#accountFor}):
 * this filter is what the person sees, not what protects the data.
 */
public class ActingGuard extends HttpFilter {

    /** The page of mandates, always open: the list, « Revenir à mon compte ». */
    public static final String MANDATES_PAGE = "/espace/proches";
    private static final String HOME = "/espace/accueil";

    /** The pages (or servlet prefixes, ending with "/") of each part of the space. */
    static final Map<MandateScope, List<String>> PAGES = Map.of(
            MandateScope.PAYMENTS, List.of("/espace/paiements", "/espace/paiement", "/espace/signaler-paiement"),
            MandateScope.DOCUMENTS, List.of("/espace/documents", "/espace/document/"),
            MandateScope.MESSAGING, List.of("/espace/messagerie", "/espace/conversation", "/espace/nouveau-message",
                    "/espace/piece-jointe/"),
            MandateScope.DEMARCHES, List.of("/espace/demarches"));

    @Inject
    private CurrentUser me;

    @Inject
    private SignIn signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || !Caller.isActingName(request.getUserPrincipal().getName())
                || !me.isInsured()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ActingFor> acting = me.acting();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (acting.isEmpty()) {
            signIn.acting(null);
            response.sendRedirect(request.getContextPath() + MANDATES_PAGE + "?info=fin");
            return;
        }
        if (path.equals(HOME) || path.equals(HOME + ".xhtml")) {
            response.sendRedirect(request.getContextPath() + MANDATES_PAGE);
            return;
        }
        if (!opens(acting.get(), path)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a page opens while acting with this mandate. */
    static boolean opens(ActingFor acting, String path) {
        String page = path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
        if (page.equals(MANDATES_PAGE)) {
            return true;
        }
        return acting.scopes().stream().flatMap(scope -> PAGES.get(scope).stream())
                .anyMatch(allowed -> allowed.endsWith("/") ? page.startsWith(allowed) : page.equals(allowed));
    }
}
