package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.compteassure.service.code.TooManyAttemptsException;
import org.compteassure.service.security.StaffFactorService;
import org.compteassure.service.security.StaffLogin;
import org.compteassure.service.security.StaffLoginService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /conseiller: advisers and administrators log in with a username and password, then their second factor; one
 * message for every refusal, 429 once this address failed too often.
 */
@Named
@RequestScoped
public class StaffLoginBacking {

    /** Why the staff member is back on the login page (?info=…), when another page sent them here. */
    private static final Set<String> INFOS = Set.of("expiree", "deconnecte", "fermee", "limite");

    @EJB
    private StaffLoginService staffLogins;

    @Inject
    private SignIn signIn;

    @EJB
    private StaffFactorService factors;

    private String username;
    private String password;

    public String login() {
        HttpServletRequest request = Http.request();
        Optional<StaffLogin> login;
        try {
            login = staffLogins.login(username.strip(), password.toCharArray(),
                    BrowserLabel.of(request.getHeader("User-Agent")), request.getRemoteAddr());
        } catch (TooManyAttemptsException e) {
            return Http.sendError(429);
        }
        if (login.isEmpty()) {
            Messages.error("conseiller.rejected");
            return null;
        }
        signIn.staff(login.get());
        // The second factor is mandatory: enrolled at the first login, asked at every other.
        return Http.redirect(factors.hasTotp(login.get().username()) ? StaffVerificationBacking.PAGE
                : StaffEnrolmentBacking.PAGE);
    }

    /** Where a staff member lands once logged in: administrators on the staff page, advisers on their inbox. */
    static String landing(Set<String> groups) {
        return groups.contains(SignedIn.ADMIN) ? "/admin/personnel" : "/conseiller/messagerie";
    }

    /** The spaces a staff member's login may end in, when they asked for a page of it before logging in. */
    static String[] spaces(Set<String> groups) {
        return groups.contains(SignedIn.ADMIN) ? new String[] {"/conseiller/", "/admin/"} : new String[] {"/conseiller/"};
    }

    public String getInfo() {
        String info = Http.request().getParameter("info");
        return info != null && INFOS.contains(info) ? Messages.text("conseiller.info." + info) : null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
