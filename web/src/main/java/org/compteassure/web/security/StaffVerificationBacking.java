package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.compteassure.service.code.TooManyAttemptsException;
import org.compteassure.service.security.StaffFactorService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/** /conseiller-verification: a staff member's second factor, after their password. */
@Named
@RequestScoped
public class StaffVerificationBacking extends SecondFactorForm {

    static final String PAGE = "/conseiller-verification";

    @EJB
    private StaffFactorService factors;

    @Inject
    private SignIn signIn;

    /** Without a right password first, or before enrolment, there is nothing to verify here. */
    public String check() {
        PendingStaffLogin pending = signIn.pendingStaff();
        if (pending == null) {
            return Http.redirect("/conseiller");
        }
        return factors.hasTotp(pending.username()) ? null : Http.redirect(StaffEnrolmentBacking.PAGE);
    }

    @Override
    public boolean isTotpOffered() {
        return true;
    }

    @Override
    public boolean isPasskeyOffered() {
        PendingStaffLogin pending = signIn.pendingStaff();
        return pending != null && factors.hasPasskey(pending.username());
    }

    @Override
    public String getPasskeyOptions() {
        PendingStaffLogin pending = signIn.pendingStaff();
        return pending == null ? null : factors.passkeyOptions(pending.username());
    }

    @Override
    protected String verify(String kind, String form, String proof) {
        PendingStaffLogin pending = signIn.pendingStaff();
        if (pending == null) {
            return Http.redirect("/conseiller");
        }
        boolean right;
        try {
            right = factors.verify(pending.username(), kind, proof, Http.request().getRemoteAddr());
        } catch (TooManyAttemptsException e) {
            return Http.sendError(429);
        }
        if (!right) {
            Messages.fieldError(form, "code", "second-factor.wrong." + form);
            return null;
        }
        signIn.staffSecondFactor(pending);
        return Http.redirect(RequestedPage.after(Http.request(), StaffLoginBacking.landing(pending.groups()),
                StaffLoginBacking.spaces(pending.groups())));
    }
}
