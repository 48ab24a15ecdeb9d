package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.compteassure.service.code.SessionService;

/**
 * Every page of the insured person's space checks that this session is still open: not ended from another
 * browser ("Déconnecter les autres sessions"), not older than 12 hours. Otherwise the person is logged out here.
 */
public class SessionGuard extends HttpFilter {

    @EJB
    private SessionService sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object record = session == null ? null : session.getAttribute(SignIn.SESSION_RECORD);
        if (record instanceof String publicId) {
            if (!sessions.touch(publicId)) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/?info=fermee");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
