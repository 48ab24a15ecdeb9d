package org.compteassure.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.compteassure.service.account.ProfileService;
import org.compteassure.service.code.InvalidLinkException;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /confirmer-courriel?jeton=…: the link sent to a new e-mail address. Confirming takes a click (a POST), so that a
 * mail scanner opening the link does not use it up.
 */
@Named
@RequestScoped
public class ConfirmEmailBacking {

    @EJB
    private ProfileService profiles;

    private String token;

    private String done;

    public String confirm() {
        try {
            profiles.confirmEmailChange(token);
        } catch (InvalidLinkException e) {
            Messages.error("confirmer-courriel.invalid");
            return null;
        }
        return Http.redirect("/confirmer-courriel?fait=1");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }
}
