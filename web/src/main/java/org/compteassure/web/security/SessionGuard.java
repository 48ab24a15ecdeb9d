package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.compteassure.service.code.SessionEnd;
import org.compteassure.service.code.SessionService;

/**
 * Every page of the insured person's space, and of the staff's desk and administration, checks that this session is
 * still open: not ended from another browser or by an administrator, not idle too long, not older than its limit
 * (12 hours, staff 10). Otherwise the person is logged out here and the login page says which of these it was. A staff member whose password was reset reaches no
 * page but the one that replaces it.
 */
public class SessionGuard extends HttpFilter {

    /** "Changer mon mot de passe" for advisers and administrators. */
    public static final String PASSWORD_PAGE = "/conseiller/mot-de-passe";

    @EJB
    private SessionService sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object record = session == null ? null : session.getAttribute(SignIn.SESSION_RECORD);
        if (record instanceof String publicId) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean staff = path.startsWith("/conseiller") || path.startsWith("/admin");
            SessionEnd end = sessions.touch(publicId);
            if (end != SessionEnd.STILL_OPEN) {
                request.logout();
                session.invalidate();
                Cookies.forgetSession(request, response);
                response.sendRedirect(request.getContextPath() + (staff ? "/conseiller" : "/") + "?info=" + end.info());
                return;
            }
            if (session.getAttribute(SignIn.MUST_CHANGE_PASSWORD) != null && !PASSWORD_PAGE.equals(path)) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
