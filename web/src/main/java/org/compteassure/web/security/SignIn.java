package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.compteassure.service.code.SessionService;
import org.compteassure.service.security.ActivityService;
import org.compteassure.service.security.StaffLogin;
import org.compteassure.service.security.StaffLoginService;
import org.compteassure.web.platform.LanguageFilter;

/** Logging in and out, for the backing beans of the login pages and the "Se déconnecter" button. */
@RequestScoped
public class SignIn {

    /** HTTP session attribute: the id of this session's record (ended from elsewhere → logged out here). */
    public static final String SESSION_RECORD = "compteassure.sessionRecord";

    /** HTTP session attribute: present while a staff member must replace the password an administrator reset. */
    public static final String MUST_CHANGE_PASSWORD = "compteassure.mustChangePassword";

    /** HTTP session attribute: the FranceConnect ID token, the id_token_hint of the logout. */
    private static final String FRANCECONNECT_ID_TOKEN = "compteassure.franceConnectIdToken";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @EJB
    private SessionService sessions;

    @EJB
    private ActivityService activity;
    @EJB
    private StaffLoginService staffLogins;

    /** Logs in an insured person whose code (and second step) were verified, and records the session. */
    public void insured(long accountId) {
        if (authenticate(new InsuredCredential(accountId)) != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("a verified insured person could not be logged in");
        }
        String browser = BrowserLabel.of(request.getHeader("User-Agent"));
        String record = sessions.start(accountId, browser, request.getRemoteAddr(),
                LanguageFilter.explicit(request.getSession(false)));
        request.getSession().setAttribute(SESSION_RECORD, record);
        String mark = activity.signedIn(browser, request.getRemoteAddr(),
                Cookies.read(request, Cookies.BROWSER_MARK).orElse(null));
        Cookies.write(request, response(), Cookies.BROWSER_MARK, mark, ActivityService.MARK_LIFETIME);
    }

    /**
     * Logs in a person FranceConnect vouched for (no e-mailed second step: FranceConnect's own login is the strong
     * one), keeping the ID token for the FranceConnect logout.
     */
    public void franceConnect(long accountId, String idToken) {
        insured(accountId);
        request.getSession().setAttribute(FRANCECONNECT_ID_TOKEN, idToken);
    }

    /** The FranceConnect ID token of this session, if the person logged in through FranceConnect. */
    public String franceConnectIdToken() {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(FRANCECONNECT_ID_TOKEN);
    }

    /**
     * The staff login's first step, once the staff login service accepted the password: kept as this session's
     * pending login until the second factor ({@link #staffSecondFactor}); nobody is logged in yet.
     */
    public void staff(StaffLogin login) {
        request.getSession().setAttribute(PendingStaffLogin.ATTRIBUTE,
                new PendingStaffLogin(login.username(), login.roles(), login.mustChangePassword()));
    }

    /** The staff member between password and second factor in this session, or null. */
    public PendingStaffLogin pendingStaff() {
        HttpSession session = request.getSession(false);
        return session == null ? null : (PendingStaffLogin) session.getAttribute(PendingStaffLogin.ATTRIBUTE);
    }

    /**
     * Logs in the pending staff member, whose second factor was just verified or enrolled, and records the session;
     * the HTTP session itself also ends after the staff's 15 idle minutes.
     */
    public void staffSecondFactor(PendingStaffLogin pending) {
        request.getSession().removeAttribute(PendingStaffLogin.ATTRIBUTE);
        if (authenticate(new StaffCredential(pending.username(), pending.groups())) != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("a verified staff member could not be logged in");
        }
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_RECORD, staffLogins.startSession(pending.username(),
                BrowserLabel.of(request.getHeader("User-Agent")), request.getRemoteAddr()));
        session.setMaxInactiveInterval((int) StaffLoginService.IDLE_TIMEOUT.toSeconds());
        if (pending.mustChangePassword()) {
            session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
    }

    /** The staff member replaced the password that was reset: the other pages open again. */
    public void passwordChanged() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(MUST_CHANGE_PASSWORD);
        }
    }

    /**
     * « Agir pour … » (a mandate the services accepted) or « Revenir à mon compte » (null): from the next request on,
     * the container names the caller with the mandate ({@link SignedIn#acting}); the HTTP session id changes, as at
     * a login.
     */
    public void acting(Long mandateId) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn
                && signedIn.groups().contains(SignedIn.INSURED)) {
            request.changeSessionId();
            session.setAttribute(SignedIn.ATTRIBUTE, signedIn.acting(mandateId));
        }
    }

    /** Ends the session here and in the session list; the browser forgets its session cookie. */
    public void out() {
        HttpSession session = request.getSession(false);
        endLogin(session);
        if (session != null) {
            session.invalidate();
        }
        Cookies.forgetSession(request, response());
    }

    /** Logs out whoever is logged in here and ends their session record, keeping the HTTP session. */
    private void endLogin(HttpSession session) {
        if (session != null && session.getAttribute(SESSION_RECORD) instanceof String record) {
            sessions.end(record);
            session.removeAttribute(SESSION_RECORD);
            session.removeAttribute(FRANCECONNECT_ID_TOKEN);
            session.removeAttribute(MUST_CHANGE_PASSWORD);
        }
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    public String currentRecord() {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SESSION_RECORD);
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }

    private AuthenticationStatus authenticate(Credential credential) {
        // Someone already logged in in this browser (an insured person opening the advisers' login, say) is logged out
        // first: Undertow answers "already authenticated" without asking the mechanism, so the new login would
        // silently keep the previous caller.
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.ATTRIBUTE) != null) {
            endLogin(session);
        }
        return securityContext.authenticate(request, response(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    }
}
