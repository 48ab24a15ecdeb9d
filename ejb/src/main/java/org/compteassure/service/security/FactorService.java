package org.compteassure.service.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.security.FactorOwner;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.FactorProof;
import org.compteassure.service.code.StepUpRefusedException;

/**
 * An insured person's strong factors at /espace/securite: the authenticator application (TOTP) and the recovery
 * codes (passkeys: {@link PasskeyService}). Every change asks the code again, and a strong factor when the person has one (step-up, ASVS 7.5.1).
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class FactorService {

    /** The enrolment's first code is not the application's (or came too late: start again). */
    public static class WrongTotpCodeException extends org.compteassure.service.BusinessException {
        public WrongTotpCodeException() {
            super("wrong TOTP code at enrolment");
        }
    }

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    @Inject
    private TotpFactors totp;

    @Inject
    private RecoveryCodes recoveryCodes;

    @Inject
    private Passkeys passkeys;

    @EJB
    private CodeService codes;

    public FactorSummary summary() {
        FactorOwner owner = FactorOwner.account(caller.accountId());
        return new FactorSummary(totp.confirmed(owner).isPresent(), passkeys.list(owner).size(),
                recoveryCodes.remaining(owner));
    }

    /**
     * Starts adding an authenticator application: a new seed, shown once, unusable until confirmed.
     *
     * @throws IllegalStateException if one is enrolled already (the page offers removal instead)
     */
    public TotpEnrolment startTotp() {
        long accountId = caller.accountId();
        InsuredPerson person = em.find(Account.class, accountId).getInsuredPerson();
        return totp.start(FactorOwner.account(accountId), person.getGivenNames() + " " + person.getFamilyName(),
                clock.instant());
    }

    /**
     * Confirms the application with its first code, after the step-up (the code, and the strong factor the person
     * may have besides). The person's first strong factor brings ten recovery codes.
     *
     * @return the recovery codes to show once, or an empty list if the person has some already
     * @throws StepUpRefusedException if the code (or factor) is wrong, or the account locked
     * @throws WrongTotpCodeException if the application's code is wrong
     */
    public List<String> confirmTotp(char[] code, FactorProof factor, String totpCode) {
        long accountId = caller.accountId();
        StepUpRefusedException.unlessConfirmed(codes.reauthenticate(code, factor));
        FactorOwner owner = FactorOwner.account(accountId);
        Instant now = clock.instant();
        if (!totp.confirm(owner, totpCode, now)) {
            throw new WrongTotpCodeException();
        }
        return recoveryCodes.remaining(owner) == 0 ? recoveryCodes.issue(owner, now) : List.of();
    }

    /**
     * Removes the authenticator application after the step-up (code, and the application's code or a recovery
     * code). Without any strong factor left, the recovery codes go too and the e-mailed code is back.
     */
    public void removeTotp(char[] code, FactorProof factor) {
        long accountId = caller.accountId();
        StepUpRefusedException.unlessConfirmed(codes.reauthenticate(code, factor));
        FactorOwner owner = FactorOwner.account(accountId);
        totp.remove(owner);
        em.flush();
        if (codes.enrolledFactors(accountId).isEmpty()) {
            recoveryCodes.delete(owner);
        }
    }

    /**
     * Ten new recovery codes after the step-up; the old ones stop working.
     *
     * @throws IllegalStateException if the person has no strong factor (nothing to recover)
     */
    public List<String> regenerateRecoveryCodes(char[] code, FactorProof factor) {
        long accountId = caller.accountId();
        if (codes.enrolledFactors(accountId).isEmpty()) {
            throw new IllegalStateException("no strong factor to recover");
        }
        StepUpRefusedException.unlessConfirmed(codes.reauthenticate(code, factor));
        return recoveryCodes.issue(FactorOwner.account(accountId), clock.instant());
    }

    /**
     * A person lost every strong factor and their recovery codes (ASVS 6.4.4): an adviser who checked who is calling,
     * as when opening an account at the desk, removes them; the e-mailed code is the second step again until the
     * person adds a new factor.
     */
    @RolesAllowed(Roles.ADVISER)
    public void removeFactorsOf(long accountId) {
        FactorOwner owner = FactorOwner.account(accountId);
        totp.remove(owner);
        passkeys.removeAll(owner);
        recoveryCodes.delete(owner);
    }

    /**
     * For another strong factor's enrolment (a first passkey): ten recovery codes if the caller — insured person or
     * staff member — has none yet, to show once; otherwise an empty list (their codes stay valid).
     */
    @RolesAllowed({Roles.INSURED, Roles.ADVISER, Roles.ADMIN})
    public List<String> recoveryCodesForFirstFactor() {
        FactorOwner owner = callerOwner(caller, em);
        return recoveryCodes.remaining(owner) == 0 ? recoveryCodes.issue(owner, clock.instant()) : List.of();
    }

    /** The calling insured person's or staff member's factors. */
    static FactorOwner callerOwner(Caller caller, EntityManager em) {
        return caller.isInRole(Roles.INSURED) ? FactorOwner.account(caller.accountId())
                : FactorOwner.staff(StaffFactorService.staffId(em, caller.staffLogin()));
    }
}
