package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Set;
import org.compteassure.service.code.CodeRejectedException;
import org.compteassure.service.security.StaffSelfService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /conseiller/mot-de-passe: "Changer mon mot de passe" for advisers and administrators, and the page a staff member
 * whose password was reset is kept on until they choose a new one. The other sessions end.
 */
@Named
@RequestScoped
public class StaffPasswordBacking {

    /** A current password longer than any that can be set is wrong without being hashed. */
    private static final int LONGEST_PASSWORD = 128;

    @EJB
    private StaffSelfService self;

    @Inject
    private SignIn signIn;

    @Inject
    private CurrentUser me;

    private String current;
    private String password;
    private String confirmation;

    public String change() {
        if (current.length() > LONGEST_PASSWORD) {
            Messages.fieldError("change", "current", "mot-de-passe.wrongCurrent");
            return null;
        }
        if (!password.equals(confirmation)) {
            Messages.fieldError("change", "confirmation", "mot-de-passe.mismatch");
            return null;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            if (!self.changePassword(current.toCharArray(), password.toCharArray(), signIn.currentRecord(), locale)) {
                Messages.fieldError("change", "current", "mot-de-passe.wrongCurrent");
                return null;
            }
        } catch (CodeRejectedException e) {
            e.verdict().unmet().forEach(rule -> Messages.fieldError("change", "password", "mot-de-passe.unmet",
                    Messages.text("mot-de-passe.rule." + rule.name())));
            return null;
        }
        signIn.passwordChanged();
        Messages.flash("mot-de-passe.done");
        return Http.redirect(StaffLoginBacking.landing(me.isAdmin() ? Set.of(SignedIn.ADMIN) : Set.of()));
    }

    /** Whether the page is shown because an administrator reset the password. */
    public boolean isRequired() {
        return Http.request().getSession().getAttribute(SignIn.MUST_CHANGE_PASSWORD) != null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
