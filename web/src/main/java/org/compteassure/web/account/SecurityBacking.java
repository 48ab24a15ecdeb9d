package org.compteassure.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.account.WrongCodeException;
import org.compteassure.service.code.OpenSession;
import org.compteassure.service.code.SessionService;
import org.compteassure.service.code.TrustedBrowser;
import org.compteassure.service.messaging.FileAccess;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.SignIn;

/** /espace/securite: open sessions, trusted devices, advisers' consultations of the file, closing the account. */
@Named
@RequestScoped
public class SecurityBacking {

    @EJB
    private SessionService sessions;

    @EJB
    private AccountService accounts;

    @EJB
    private MessagingService messaging;

    @Inject
    private SignIn signIn;

    private List<OpenSession> openSessions;
    private List<TrustedBrowser> devices;
    private List<FileAccess> accessLog;

    private String code;

    public List<OpenSession> getSessions() {
        if (openSessions == null) {
            openSessions = sessions.openSessions(signIn.currentRecord());
        }
        return openSessions;
    }

    public List<TrustedBrowser> getDevices() {
        if (devices == null) {
            devices = sessions.trustedDevices();
        }
        return devices;
    }

    /** "Consultations de mon dossier": advisers' openings of the person's file and actions on it. */
    public List<FileAccess> getAccessLog() {
        if (accessLog == null) {
            accessLog = messaging.accessLog();
        }
        return accessLog;
    }

    public String endSession(long sessionId) {
        sessions.endSession(sessionId);
        Messages.flash("securite.sessionEnded");
        return Http.redirect("/espace/securite");
    }

    public String endOtherSessions() {
        int ended = sessions.endOtherSessions(signIn.currentRecord());
        Messages.flash("securite.othersEnded", ended);
        return Http.redirect("/espace/securite");
    }

    public String revokeDevice(long deviceId) {
        sessions.revokeDevice(deviceId);
        Messages.flash("securite.deviceRevoked");
        return Http.redirect("/espace/securite");
    }

    public String close() {
        try {
            accounts.close(code.toCharArray());
        } catch (WrongCodeException e) {
            Messages.fieldError("close", "code", "securite.close.wrongCode");
            return null;
        }
        signIn.out();
        return Http.redirect("/?info=resilie");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
