package org.compteassure.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.account.WrongCodeException;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.OpenSession;
import org.compteassure.service.code.SessionService;
import org.compteassure.service.code.StepUpRefusedException;
import org.compteassure.service.code.AppTokenService;
import org.compteassure.service.code.ConnectedApp;
import org.compteassure.service.code.TrustedBrowser;
import org.compteassure.service.messaging.FileAccess;
import org.compteassure.service.security.FactorService;
import org.compteassure.service.security.FactorSummary;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.CurrentUser;
import org.compteassure.web.security.ShownRecoveryCodes;
import org.compteassure.web.security.PasskeyStepUp;
import org.compteassure.web.security.SignIn;

/**
 * /espace/securite: strong factors (passkeys, authenticator application, recovery codes), open sessions, trusted devices,
 * advisers' consultations of the file, closing the account.
 */
@Named
@RequestScoped
public class SecurityBacking {

    @Inject
    private PasskeyStepUp passkeyStepUp;

    @EJB
    private SessionService sessions;

    @EJB
    private AccountService accounts;

    @EJB
    private MessagingService messaging;

    @EJB
    private FactorService factors;

    @Inject
    private ShownRecoveryCodes shown;

    @Inject
    private SignIn signIn;

    private List<OpenSession> openSessions;
    private List<TrustedBrowser> devices;

    private List<ConnectedApp> apps;

    @EJB
    private AppTokenService appTokens;
    private List<FileAccess> accessLog;

    private String code;

    /** Step-up of the factor forms: the secret code, and the authenticator's code or a recovery code. */
    private String factorCode;
    private String factorProof;

    private FactorSummary factorSummary;

    /** The person's strong factors ("Application d'authentification", recovery codes). */
    public FactorSummary getFactors() {
        if (factorSummary == null) {
            factorSummary = factors.summary();
        }
        return factorSummary;
    }

    /** "Il vous reste 8 codes de secours inutilisés." */
    public String getRecoveryCodesLeft() {
        return Messages.text("securite.recoveryCodes.left", getFactors().recoveryCodesLeft());
    }

    public String removeTotp() {
        try {
            factors.removeTotp(factorCode.toCharArray(), passkeyStepUp.proof(factorProof));
        } catch (StepUpRefusedException e) {
            Messages.fieldError("removeTotp", stepUpField(e), stepUpMessage(e));
            return null;
        }
        Messages.flash("securite.totp.removed");
        return Http.redirect("/espace/securite");
    }

    /** New recovery codes, shown on this answer only (no redirect: they are never shown again). */
    public String regenerateRecoveryCodes() {
        try {
            shown.show(factors.regenerateRecoveryCodes(factorCode.toCharArray(), passkeyStepUp.proof(factorProof)));
        } catch (StepUpRefusedException e) {
            Messages.fieldError("recoveryCodes", stepUpField(e), stepUpMessage(e));
            return null;
        }
        factorSummary = null;
        return null;
    }

    /** The message of a refused step-up, for the field at fault. */
    static String stepUpMessage(StepUpRefusedException e) {
        return "securite.stepUp." + e.reason().name();
    }

    static String stepUpField(StepUpRefusedException e) {
        return e.reason() == CodeService.Reauthentication.WRONG_FACTOR ? "proof" : "secret";
    }

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
        try {
            sessions.endSession(sessionId, factorCode.toCharArray());
        } catch (StepUpRefusedException e) {
            Messages.fieldError("sessions", "secret", stepUpMessage(e));
            return null;
        }
        Messages.flash("securite.sessionEnded");
        return Http.redirect("/espace/securite");
    }

    public String endOtherSessions() {
        int ended;
        try {
            ended = sessions.endOtherSessions(signIn.currentRecord(), factorCode.toCharArray());
        } catch (StepUpRefusedException e) {
            Messages.fieldError("sessions", "secret", stepUpMessage(e));
            return null;
        }
        Messages.flash("securite.othersEnded", ended);
        return Http.redirect("/espace/securite");
    }

    /** « Applications connectées »: each native application (on its device) that holds tokens for this account. */
    public List<ConnectedApp> getApps() {
        if (apps == null) {
            apps = appTokens.connectedApps();
        }
        return apps;
    }

    public String disconnectApp(String id) {
        appTokens.disconnect(id);
        Messages.flash("securite.appDisconnected");
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

    public String getFactorCode() {
        return factorCode;
    }

    public void setFactorCode(String factorCode) {
        this.factorCode = factorCode;
    }

    public String getFactorProof() {
        return factorProof;
    }

    public void setFactorProof(String factorProof) {
        this.factorProof = factorProof;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
