package org.compteassure.web.code;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.compteassure.service.code.Secrets;
import org.compteassure.service.security.FranceConnectClient;
import org.compteassure.service.security.FranceConnectRefusedException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.compteassure.web.platform.Http;
import org.compteassure.web.security.CurrentUser;
import org.compteassure.web.security.SignIn;

/** "Se déconnecter": ends the session on the server (and at FranceConnect), then back to the right login page. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    private SignIn signIn;

    @Inject
    private CurrentUser me;

    @Inject
    private FranceConnectClient franceConnect;

    /** Someone who came through FranceConnect leaves it too (its end-session endpoint, then back to "/"). */
    public String logout() {
        boolean staff = !me.isInsured();
        String idToken = signIn.franceConnectIdToken();
        signIn.out();
        // What the person kept offline (sw.js's caches) leaves with them; the login page clears it too (app.js).
        Http.response().setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        if (idToken != null) {
            try {
                FacesContext.getCurrentInstance().getExternalContext().redirect(franceConnect.logoutUri(idToken,
                        Secrets.token(), franceConnect.applicationOrigin() + "/?info=deconnecte").toString());
                return null;
            } catch (FranceConnectRefusedException | IOException unreachable) {
                // FranceConnect cannot be reached: the session here is closed all the same.
            }
        }
        return Http.redirect(staff ? "/conseiller?info=deconnecte" : "/?info=deconnecte");
    }
}
