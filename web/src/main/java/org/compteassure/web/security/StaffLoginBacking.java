package org.compteassure.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/** /conseiller: advisers and administrators log in with a username and password. */
@Named
@RequestScoped
public class StaffLoginBacking {

    @Inject
    private SignIn signIn;

    @Inject
    private CurrentUser me;

    private String username;
    private String password;

    public String login() {
        if (!signIn.staff(username.strip(), password)) {
            Messages.error("conseiller.rejected");
            return null;
        }
        return Http.redirect(me.isAdmin() ? "/admin/personnel" : "/conseiller/messagerie");
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
