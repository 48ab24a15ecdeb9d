package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.List;
import org.compteassure.service.code.TooManyAttemptsException;
import org.compteassure.service.security.StaffFactorService;
import org.compteassure.service.security.TotpEnrolment;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /conseiller-enrolement: at a staff member's first login, after their password, the authenticator application they
 * must add before any page: its QR code and seed, confirmed with a first code; then their recovery codes, once.
 * View-scoped: the seed shown stays the same while the person types a code.
 */
@Named
@ViewScoped
public class StaffEnrolmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/conseiller-enrolement";

    @EJB
    private StaffFactorService factors;

    @Inject
    private SignIn signIn;

    private TotpEnrolment enrolment;

    @Pattern(regexp = "\\s*\\d{3} ?\\d{3}\\s*", message = "{ca.totpCode.format}")
    private String code;

    @Inject
    private ShownRecoveryCodes shown;

    private String landing;

    /** Only between the password and the second factor, and only for someone who has none yet. */
    public String check() {
        PendingStaffLogin pending = signIn.pendingStaff();
        if (pending == null) {
            return Http.redirect("/conseiller");
        }
        if (factors.hasTotp(pending.username())) {
            return Http.redirect(StaffVerificationBacking.PAGE);
        }
        if (enrolment == null) {
            enrolment = factors.startEnrolment(pending.username());
        }
        return null;
    }

    public String confirm() {
        PendingStaffLogin pending = signIn.pendingStaff();
        if (pending == null) {
            return Http.redirect("/conseiller");
        }
        List<String> recoveryCodes;
        try {
            recoveryCodes = factors.confirmEnrolment(pending.username(), code.strip(), Http.request().getRemoteAddr());
        } catch (TooManyAttemptsException e) {
            return Http.sendError(429);
        }
        if (recoveryCodes == null) {
            Messages.fieldError("enrol", "code", "enrolment.wrong");
            return null;
        }
        signIn.staffSecondFactor(pending);
        landing = StaffLoginBacking.landing(pending);
        // The recovery codes are shown on this response only: no redirect, nothing kept.
        shown.show(recoveryCodes);
        return null;
    }

    public TotpEnrolment getEnrolment() {
        return enrolment;
    }

    public String getLanding() {
        return landing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
