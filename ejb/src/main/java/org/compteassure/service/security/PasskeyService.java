package org.compteassure.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.code.OneTimeCode;
import org.compteassure.persistence.security.FactorOwner;
import org.compteassure.persistence.security.Passkey;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.code.AttemptLimiter;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.FactorProof;
import org.compteassure.service.code.StepUpRefusedException;

/**
 * Passkeys for their owner — an insured person at /espace/securite, an adviser or administrator on their own page —
 * (add, rename, remove, each change after the step-up), and the login ceremonies that use them before anyone is known:
 * the insured login's second step and signing in with a passkey alone. The owner is always the caller.
 */
@Stateless
@RolesAllowed({Roles.INSURED, Roles.ADVISER, Roles.ADMIN})
public class PasskeyService {

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    @Inject
    private Passkeys passkeys;

    @Inject
    private RecoveryCodes recoveryCodes;

    @Inject
    private Event<ActivityEvents.FactorChanged> factorChanged;

    @EJB
    private CodeService codes;

    @EJB
    private StaffSelfService staffSelf;

    @EJB
    private FactorService factors;

    @EJB
    private AttemptLimiter limiter;

    /** The caller's passkeys, oldest first. */
    public List<PasskeyView> list() {
        return passkeys.list(owner()).stream().map(PasskeyView::of).toList();
    }

    /**
     * One of the caller's passkeys.
     *
     * @throws NotFoundException for another's passkey or an unknown id
     */
    public PasskeyView find(long id) {
        return PasskeyView.of(mine(id));
    }

    /** The options (JSON) with which the caller's browser creates a passkey; a new challenge each time. */
    public String registrationOptions() {
        FactorOwner owner = owner();
        String name;
        String displayName;
        if (owner.getAccountId() != null) {
            InsuredPerson person = em.find(Account.class, owner.getAccountId()).getInsuredPerson();
            displayName = person.getGivenNames() + " " + person.getFamilyName();
            name = displayName;
        } else {
            name = caller.staffLogin();
            displayName = name;
        }
        return passkeys.registrationOptions(owner, name, displayName, clock.instant()).options();
    }

    /**
     * Adds the passkey the browser created, after the step-up (the code or password, and the strong factor the caller
     * may have besides). The first strong factor brings ten recovery codes.
     *
     * @return the recovery codes to show once, or an empty list if the caller has some already
     * @throws StepUpRefusedException   if the code (or factor) is wrong, or the account locked
     * @throws PasskeyNameException     if the name is empty, too long or holds control characters
     * @throws PasskeyRejectedException if the browser's answer is not a valid new passkey (nothing stored)
     */
    public List<String> add(char[] code, FactorProof factor, String response, String name) {
        String checkedName = checkedName(name);
        stepUp(code, factor);
        Instant now = clock.instant();
        Optional<Passkey> added = passkeys.register(owner(), response, checkedName, now);
        if (added.isEmpty()) {
            throw new PasskeyRejectedException();
        }
        tell(added.get(), true, now);
        return factors.recoveryCodesForFirstFactor();
    }

    /**
     * Renames one of the caller's passkeys (no step-up: a name proves and changes nothing).
     *
     * @throws NotFoundException    for another's passkey or an unknown id
     * @throws PasskeyNameException if the name is empty, too long or holds control characters
     */
    public void rename(long id, String name) {
        mine(id).rename(checkedName(name));
    }

    /**
     * Removes one of the caller's passkeys after the step-up. An insured person left without a strong factor loses
     * the recovery codes too, and gets the e-mailed code back.
     *
     * @throws NotFoundException      for another's passkey or an unknown id
     * @throws StepUpRefusedException if the code (or factor) is wrong, or the account locked
     */
    public void remove(long id, char[] code, FactorProof factor) {
        Passkey passkey = mine(id);
        stepUp(code, factor);
        // Read again: the step-up may have used this very passkey, its counter changed in its own transaction.
        em.refresh(passkey);
        passkeys.remove(passkey);
        em.flush();
        tell(passkey, false, clock.instant());
        FactorOwner owner = passkey.getOwner();
        if (owner.getAccountId() != null && codes.enrolledFactors(owner.getAccountId()).isEmpty()) {
            recoveryCodes.delete(owner);
        }
    }

    /** The options (JSON) to prove one of the caller's passkeys in a step-up; null if the caller has none. */
    public String stepUpOptions() {
        Passkeys.Ceremony ceremony = passkeys.assertionOptions(owner(), clock.instant());
        return ceremony == null ? null : ceremony.options();
    }

    /**
     * The options (JSON) of the insured login's second step with a passkey: only for a pending login (whose code
     * was right), so that nobody learns through them whether a number has passkeys.
     *
     * @return the options, or null if the pending login is used up or the account has no passkey
     */
    // Anonymous: between the two login steps; the pending grant proves the first one.
    @PermitAll
    public String secondStepOptions(long accountId, long pendingCodeId) {
        Instant now = clock.instant();
        OneTimeCode pending = em.find(OneTimeCode.class, pendingCodeId);
        if (pending == null || !pending.isUsableBy(accountId, OneTimeCode.Purpose.LOGIN, now)) {
            return null;
        }
        Passkeys.Ceremony ceremony = passkeys.assertionOptions(FactorOwner.account(accountId), now);
        return ceremony == null ? null : ceremony.options();
    }

    /** A challenge to sign in with a passkey alone, which the web layer keeps in this browser's session. */
    // Anonymous: signing in, nobody known yet; the options name no account.
    @PermitAll
    public Passkeys.Ceremony signInOptions() {
        return passkeys.signInOptions(clock.instant());
    }

    /**
     * Signs in with a discoverable passkey alone (user verification required by {@link Passkeys}): the account it
     * belongs to, if that account may log in now (not locked, blocked or closed). A refusal counts against the client
     * address.
     *
     * @param sessionChallenge the challenge of {@link #signInOptions} kept in this browser's session, or null
     * @throws org.compteassure.service.code.TooManyAttemptsException when this address failed too often this hour
     */
    // Anonymous: signing in; the passkey's signature proves who it is.
    @PermitAll
    public OptionalLong signIn(String sessionChallenge, String response, String clientAddress) {
        Instant now = clock.instant();
        limiter.check(clientAddress, now);
        Account account = sessionChallenge == null ? null : passkeys.signIn(sessionChallenge, response, now)
                .map(FactorOwner::getAccountId).map(id -> em.find(Account.class, id)).orElse(null);
        if (account == null || !account.acceptsLogin(now) || !account.acceptsDefinitiveCode()) {
            AttemptLimiter.recordFailure(limiter, clientAddress, now);
            return OptionalLong.empty();
        }
        account.recordSuccess();
        return OptionalLong.of(account.getId());
    }

    /** "Activité de mon compte" lists an insured person's passkeys added and removed, by name. */
    private void tell(Passkey passkey, boolean added, Instant when) {
        if (passkey.getOwner().getAccountId() != null) {
            factorChanged.fire(new ActivityEvents.FactorChanged(passkey.getOwner().getAccountId(), added,
                    passkey.getName(), when));
        }
    }

    private void stepUp(char[] code, FactorProof factor) {
        StepUpRefusedException.unlessConfirmed(caller.isInRole(Roles.INSURED) ? codes.reauthenticate(code, factor)
                : staffSelf.reauthenticate(code, factor));
    }

    private Passkey mine(long id) {
        return passkeys.find(owner(), id).orElseThrow(() -> new NotFoundException("passkey"));
    }

    private FactorOwner owner() {
        return FactorService.callerOwner(caller, em);
    }

    /** The name stripped; refused when empty, longer than its column or holding control or bidirectional marks. */
    static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > Passkey.NAME_LENGTH || stripped.codePoints().anyMatch(
                c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new PasskeyNameException();
        }
        return stripped;
    }
}
