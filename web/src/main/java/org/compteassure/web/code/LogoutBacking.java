package org.compteassure.web.code;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.compteassure.web.platform.Http;
import org.compteassure.web.security.CurrentUser;
import org.compteassure.web.security.SignIn;

/** "Se déconnecter": ends the session on the server, then back to the right login page. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    private SignIn signIn;

    @Inject
    private CurrentUser me;

    public String logout() {
        boolean staff = !me.isInsured();
        signIn.out();
        return Http.redirect(staff ? "/conseiller?info=deconnecte" : "/?info=deconnecte");
    }
}
