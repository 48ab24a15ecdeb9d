package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.compteassure.service.security.StaffFactorService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/** /conseiller: advisers and administrators log in with a username and password, then their second factor. */
@Named
@RequestScoped
public class StaffLoginBacking {

    @Inject
    private SignIn signIn;

    @EJB
    private StaffFactorService factors;

    private String username;
    private String password;

    public String login() {
        if (!signIn.staff(username.strip(), password)) {
            Messages.error("conseiller.rejected");
            return null;
        }
        // The second factor is mandatory: enrolled at the first login, asked at every other.
        return Http.redirect(factors.hasTotp(username.strip()) ? StaffVerificationBacking.PAGE : StaffEnrolmentBacking.PAGE);
    }

    /** Where a staff member lands once logged in: administrators on the staff page, advisers on their inbox. */
    static String landing(PendingStaffLogin login) {
        return login.groups().contains(SignedIn.ADMIN) ? "/admin/personnel" : "/conseiller/messagerie";
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
