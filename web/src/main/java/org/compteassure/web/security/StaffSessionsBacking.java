package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.service.code.OpenSession;
import org.compteassure.service.security.StaffSelfService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/** /conseiller/sessions: an adviser's or administrator's open sessions, each but this one endable. */
@Named
@RequestScoped
public class StaffSessionsBacking {

    @EJB
    private StaffSelfService self;

    @Inject
    private SignIn signIn;

    private List<OpenSession> sessions;

    /** Typed again before a session is ended (ASVS 7.5.2). */
    private String password;

    public List<OpenSession> getSessions() {
        if (sessions == null) {
            sessions = self.sessions(signIn.currentRecord());
        }
        return sessions;
    }

    public String end(long sessionId) {
        if (!self.endSession(sessionId, password.toCharArray())) {
            Messages.fieldError("sessions", "password", "sessions.wrongPassword");
            return null;
        }
        Messages.flash("sessions.ended");
        return Http.redirect("/conseiller/sessions");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
