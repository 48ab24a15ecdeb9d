package org.compteassure.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import org.compteassure.service.code.StepUpRefusedException;
import org.compteassure.service.security.FactorService;
import org.compteassure.service.security.TotpEnrolment;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.PasskeyStepUp;
import org.compteassure.web.security.ShownRecoveryCodes;

/**
 * /espace/authentificateur: adding an authenticator application — its QR code and seed, confirmed with a first code
 * and the person's secret code; the first strong factor's recovery codes are shown once on the answer. View-scoped:
 * the seed shown stays the same while the person types.
 */
@Named
@ViewScoped
public class AuthenticatorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FactorService factors;

    @Inject
    private ShownRecoveryCodes shown;

    @Inject
    private PasskeyStepUp passkeyStepUp;

    private TotpEnrolment enrolment;
    private boolean done;

    @Pattern(regexp = "\\s*\\d{3} ?\\d{3}\\s*", message = "{ca.totpCode.format}")
    private String totpCode;

    private String code;

    /** A new seed when the page opens; someone who has an application already is sent back to remove it first. */
    public String check() {
        if (factors.summary().totp()) {
            return Http.redirect("/espace/securite");
        }
        if (enrolment == null) {
            enrolment = factors.startTotp();
        }
        return null;
    }

    public String confirm() {
        try {
            shown.show(factors.confirmTotp(code.toCharArray(), passkeyStepUp.proof(null), totpCode.strip()));
        } catch (StepUpRefusedException e) {
            Messages.fieldError("enrol", "secret", SecurityBacking.stepUpMessage(e));
            return null;
        } catch (FactorService.WrongTotpCodeException e) {
            Messages.fieldError("enrol", "code", "enrolment.wrong");
            return null;
        }
        done = true;
        if (!shown.isShown()) {
            Messages.flash("authentificateur.added");
            return Http.redirect("/espace/securite");
        }
        // The recovery codes are shown on this answer only: no redirect, nothing kept.
        return null;
    }

    public TotpEnrolment getEnrolment() {
        return enrolment;
    }

    public boolean isDone() {
        return done;
    }

    public String getTotpCode() {
        return totpCode;
    }

    public void setTotpCode(String totpCode) {
        this.totpCode = totpCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
