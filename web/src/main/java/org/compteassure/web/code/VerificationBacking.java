package org.compteassure.web.code;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.Pattern;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.SessionService;
import org.compteassure.service.code.TooManyAttemptsException;
import org.compteassure.service.security.PasskeyService;
import org.compteassure.service.security.Passkeys;
import org.compteassure.service.security.TotpFactors;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.BrowserLabel;
import org.compteassure.web.security.Cookies;
import org.compteassure.web.security.RequestedPage;
import org.compteassure.web.security.SecondFactorForm;
import org.compteassure.web.security.SignIn;

/**
 * /verification: the login's second step — the 6-digit code sent by e-mail, or, for a person who enrolled a strong
 * factor, that factor (or a recovery code) — and "trust this device for 30 days".
 */
@Named
@RequestScoped
public class VerificationBacking extends SecondFactorForm {

    @EJB
    private CodeService codes;

    @EJB
    private SessionService sessions;

    @EJB
    private PasskeyService passkeys;

    @Inject
    private SignIn signIn;

    private String passkeyOptions;

    @Pattern(regexp = "\\s*\\d{6}\\s*", message = "{ca.loginCode.format}")
    private String code;

    private boolean trustDevice;

    /** Without a right code typed at "/" first, there is nothing to verify here. */
    public String check() {
        return pending() == null ? Http.redirect("/") : null;
    }

    public String verify() {
        PendingLogin pending = pending();
        if (pending == null) {
            return Http.redirect("/");
        }
        if (codes.verifyLoginCode(pending.accountId(), pending.codeId(), code)) {
            return loggedIn(pending);
        }
        return refused(pending, "verification", "verification.wrong");
    }

    /** A strong factor's proof (SecondFactorForm's forms: passkey, authenticator's code, recovery code). */
    @Override
    protected String verify(String kind, String form, String proof) {
        PendingLogin pending = pending();
        if (pending == null) {
            return Http.redirect("/");
        }
        try {
            if (codes.verifySecondStep(pending.accountId(), pending.codeId(), kind, proof, Http.request().getRemoteAddr())) {
                return loggedIn(pending);
            }
        } catch (TooManyAttemptsException e) {
            return Http.sendError(429);
        }
        return refused(pending, form, "second-factor.wrong." + form);
    }

    @Override
    public boolean isTotpOffered() {
        return offers(TotpFactors.KIND);
    }

    @Override
    public boolean isPasskeyOffered() {
        return offers(Passkeys.KIND);
    }

    @Override
    public String getPasskeyOptions() {
        PendingLogin pending = pending();
        if (passkeyOptions == null && pending != null) {
            passkeyOptions = passkeys.secondStepOptions(pending.accountId(), pending.codeId());
        }
        return passkeyOptions;
    }

    /** Whether this person's second step offers that strong factor. */
    private boolean offers(String kind) {
        PendingLogin pending = pending();
        return pending != null && pending.factors().contains(kind);
    }

    /** Whether the second step is a strong factor rather than the e-mailed code. */
    public boolean isStrong() {
        PendingLogin pending = pending();
        return pending != null && !pending.factors().isEmpty();
    }

    private String loggedIn(PendingLogin pending) {
        HttpServletRequest request = Http.request();
        request.getSession().removeAttribute(PendingLogin.ATTRIBUTE);
        if (trustDevice) {
            String token = sessions.trustDevice(pending.accountId(), BrowserLabel.of(request.getHeader("User-Agent")));
            Cookies.write(request, Http.response(), Cookies.DEVICE, token, SessionService.TRUST);
        }
        signIn.insured(pending.accountId());
        return Http.redirect(RequestedPage.after(request, "/espace/accueil", "/espace/"));
    }

    /** A wrong code or proof: the message by the field, or back to "/" once the pending login is used up. */
    private String refused(PendingLogin pending, String form, String key) {
        if (!codes.isLoginCodePending(pending.codeId())) {
            Http.request().getSession().removeAttribute(PendingLogin.ATTRIBUTE);
            Messages.flash("verification.expired");
            return Http.redirect("/");
        }
        Messages.fieldError(form, "code", key);
        return null;
    }

    private static PendingLogin pending() {
        HttpSession session = Http.request().getSession(false);
        return session == null ? null : (PendingLogin) session.getAttribute(PendingLogin.ATTRIBUTE);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isTrustDevice() {
        return trustDevice;
    }

    public void setTrustDevice(boolean trustDevice) {
        this.trustDevice = trustDevice;
    }
}
