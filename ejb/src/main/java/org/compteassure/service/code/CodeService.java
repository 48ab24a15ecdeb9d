package org.compteassure.service.code;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.code.LoginFailure;
import org.compteassure.persistence.code.OneTimeCode;
import org.compteassure.persistence.code.OneTimeCode.Channel;
import org.compteassure.persistence.code.OneTimeCode.Purpose;
import org.compteassure.persistence.code.OneTimeCode.Reason;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.code.CodeEvents.AccountLocked;
import org.compteassure.service.platform.OperationsMetrics;
import org.compteassure.service.code.CodeEvents.CodeChanged;
import org.compteassure.service.code.CodeEvents.CodeChosen;
import org.compteassure.service.code.CodeEvents.EmailChangeIssued;
import org.compteassure.service.code.CodeEvents.LoginCodeIssued;
import org.compteassure.service.code.CodeEvents.SetCodeIssued;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * Secret codes: logging in (with its lockout and second step), one-time links and provisional codes, and choosing
 * the definitive code. Never logs a code; answers the same way whether or not a number exists.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class CodeService {

    public static final Duration LINK_VALIDITY = Duration.ofMinutes(30);
    public static final Duration PROVISIONAL_CODE_VALIDITY = Duration.ofDays(30);
    public static final Duration LOGIN_CODE_VALIDITY = Duration.ofMinutes(10);
    public static final int LOGIN_CODE_TRIES = 5;
    /** What one person's requests may send (creation, forgotten code, reactivation): letters cost the fund money. */
    public static final int MAILS_PER_HOUR = 3;
    public static final int LETTERS_PER_30_DAYS = 2;

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private OperationsMetrics metrics;

    @Inject
    private SecretHasher hasher;

    @EJB
    private AttemptLimiter limiter;

    @EJB
    private SessionService sessions;

    @EJB
    private UnknownNumbers unknownNumbers;

    /** Every kind of strong factor (TOTP, recovery codes, passkeys): see {@link StrongFactor}. */
    @Inject
    @Any
    private Instance<StrongFactor> strongFactors;

    @Inject
    private Event<SetCodeIssued> setCodeIssued;

    @Inject
    private Event<LoginCodeIssued> loginCodeIssued;

    @Inject
    private Event<AccountLocked> accountLocked;

    @Inject
    private Event<CodeChosen> codeChosen;

    @Inject
    private Event<EmailChangeIssued> emailChangeIssued;

    @Inject
    private Event<CodeChanged> codeChanged;

    private final CodePolicy policy = new CodePolicy();

    /**
     * The first login step: number and secret code (definitive, or provisional from a letter).
     *
     * @param deviceToken the trusted-device cookie of this browser, or null
     * @throws TooManyAttemptsException when this client address failed too often this hour
     */
    // Anonymous: the first login step.
    @PermitAll
    public LoginOutcome login(Nir nir, char[] code, String deviceToken, String clientAddress) {
        LoginOutcome outcome = attemptLogin(nir, code, deviceToken, clientAddress);
        metrics.login(!outcome.refused());
        return outcome;
    }

    private LoginOutcome attemptLogin(Nir nir, char[] code, String deviceToken, String clientAddress) {
        Instant now = clock.instant();
        limiter.check(clientAddress, now);
        Account account = AccountQueries.account(em, nir).orElse(null);
        if (account == null || account.isLocked(now)) {
            hasher.verify(code, hasher.dummyHash());
            AttemptLimiter.recordFailure(limiter, clientAddress, now);
            return account == null ? unknownNumberFailed(nir, now) : LoginOutcome.locked();
        }
        // A blocked account still takes the provisional code of a letter: choosing a new code is what lifts the block.
        boolean usable = account.acceptsDefinitiveCode() && !account.isBlocked();
        // The same hash is computed whatever the account's state, so that timing tells nothing.
        boolean definitive = hasher.verify(code, usable ? account.getCodeHash() : hasher.dummyHash()) && usable;
        if (definitive) {
            account.recordSuccess();
            if (sessions.isTrusted(account.getId(), deviceToken)) {
                return new LoginOutcome(LoginOutcome.Kind.LOGGED_IN, account.getId(), 0);
            }
            List<String> factors = enrolledFactors(account.getId());
            if (!factors.isEmpty()) {
                // A strong factor replaces the e-mailed code: nothing is sent, the grant only ties the second step
                // to this first one (ten minutes, five tries), its secret known to nobody.
                OneTimeCode pending = issue(account, Purpose.LOGIN, null, Channel.EMAIL, Secrets.sha256(Secrets.token()),
                        LOGIN_CODE_VALIDITY);
                return new LoginOutcome(LoginOutcome.Kind.SECOND_STEP, account.getId(), pending.getId(), factors);
            }
            if (account.getEmail() == null) {
                return new LoginOutcome(LoginOutcome.Kind.LOGGED_IN, account.getId(), 0);
            }
            String six = Secrets.digits(6);
            OneTimeCode pending = issue(account, Purpose.LOGIN, null, Channel.EMAIL,
                    Secrets.sha256(Secrets.forAccount(account.getId(), six)), LOGIN_CODE_VALIDITY);
            loginCodeIssued.fire(new LoginCodeIssued(account.getId(), six));
            return new LoginOutcome(LoginOutcome.Kind.SECOND_STEP, account.getId(), pending.getId());
        }
        Optional<OneTimeCode> provisional = usable(account, Purpose.SET_CODE)
                .filter(c -> c.getChannel() == Channel.POST
                        && Secrets.matches(Secrets.forAccount(account.getId(), new String(code)), c.getSecretHash()));
        if (provisional.isPresent()) {
            account.recordSuccess();
            return new LoginOutcome(LoginOutcome.Kind.PROVISIONAL, account.getId(), provisional.get().getId());
        }
        recordFailure(account, now);
        AttemptLimiter.recordFailure(limiter, clientAddress, now);
        return account.acceptsLogin(now) ? LoginOutcome.rejected() : LoginOutcome.locked();
    }

    /**
     * A number without account locks as an account would ({@link UnknownNumbers}), so that the locked page comes
     * after the same failures whether or not the number exists.
     */
    private LoginOutcome unknownNumberFailed(Nir nir, Instant now) {
        if (unknownNumbers.isLocked(nir, now)) {
            return LoginOutcome.locked();
        }
        return UnknownNumbers.recordFailure(unknownNumbers, nir, now) ? LoginOutcome.rejected() : LoginOutcome.locked();
    }

    /**
     * The second login step: the 6-digit code sent by e-mail. Five tries, then the code dies and the person starts
     * again.
     *
     * @return whether the code was right (and then it is used up)
     */
    // Anonymous: the second login step, before the caller is known.
    @PermitAll
    public boolean verifyLoginCode(long accountId, long pendingCodeId, String code) {
        Instant now = clock.instant();
        OneTimeCode pending = em.find(OneTimeCode.class, pendingCodeId);
        if (pending == null || !pending.isUsableBy(accountId, Purpose.LOGIN, now)) {
            return false;
        }
        if (code != null && Secrets.matches(Secrets.forAccount(accountId, code.strip()), pending.getSecretHash())) {
            pending.use(now);
            return true;
        }
        pending.recordWrongAttempt(LOGIN_CODE_TRIES, now);
        return false;
    }

    /**
     * The second login step with a strong factor (see {@link StrongFactor}) instead of the e-mailed code. A wrong
     * proof counts against the pending login (five tries), the account (lockout, as a wrong code) and the address.
     *
     * @param kind  which factor the person used ("totp", "recovery", …)
     * @param proof what they typed or their browser answered; anything, checked here
     * @return whether the proof was right (the pending login is then used up)
     * @throws TooManyAttemptsException when this client address failed too often this hour
     */
    // Anonymous (@PermitAll once this service declares its roles: WildFly denies unannotated methods of a bean that
    // has any): the person is between the two login steps; the pending grant proves the first one.
    @PermitAll
    public boolean verifySecondStep(long accountId, long pendingCodeId, String kind, String proof,
                                    String clientAddress) {
        Instant now = clock.instant();
        limiter.check(clientAddress, now);
        OneTimeCode pending = em.find(OneTimeCode.class, pendingCodeId);
        Account account = em.find(Account.class, accountId);
        if (pending == null || !pending.isUsableBy(accountId, Purpose.LOGIN, now) || !account.acceptsLogin(now)) {
            return false;
        }
        Optional<StrongFactor> factor = factor(accountId, kind);
        if (factor.isPresent() && factor.get().verify(accountId, proof, now)) {
            pending.use(now);
            account.recordSuccess();
            return true;
        }
        pending.recordWrongAttempt(LOGIN_CODE_TRIES, now);
        recordFailure(account, now);
        AttemptLimiter.recordFailure(limiter, clientAddress, now);
        return false;
    }

    /** The strong factors the account enrolled (see {@link StrongFactor#isEnrolled}), by kind; empty for most. */
    // Anonymous too (see above): read by the login steps and the person's own pages; says only which kinds.
    @PermitAll
    public List<String> enrolledFactors(long accountId) {
        return strongFactors.stream().filter(f -> f.isEnrolled(accountId)).map(StrongFactor::kind).toList();
    }

    /** The factor of that kind, if the account may use it: enrolled, or recovery codes when it has another. */
    private Optional<StrongFactor> factor(long accountId, String kind) {
        return strongFactors.stream().filter(f -> f.kind().equals(kind)).findFirst()
                .filter(f -> f.isEnrolled(accountId) || !enrolledFactors(accountId).isEmpty());
    }

    /** Whether the second-step code can still be tried (not used, not expired, tries left). */
    // Anonymous: the second login step, before the caller is known.
    @PermitAll
    public boolean isLoginCodePending(long pendingCodeId) {
        OneTimeCode pending = em.find(OneTimeCode.class, pendingCodeId);
        return pending != null && pending.isUsable(clock.instant());
    }

    /**
     * The link (e-mail) or provisional code (letter) that activates a new account, within the person's budget
     * ({@link #issueRequested}). The address typed at creation goes with it and becomes the account's only when the
     * link is followed (or, by post, once confirmed through its own link after the code is chosen): a mistyped
     * address never binds the account. It replaces every earlier link or code of the account, so a new creation
     * request wins over a pending one.
     */
    // Opening an account (anonymous, or an adviser at the desk): MANDATORY, only AccountService calls it.
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void issueCreationCode(long accountId, Channel channel, String email) {
        issueRequested(em.find(Account.class, accountId), Reason.CREATION, channel, email);
    }

    /**
     * What a person asks for themselves is sent only within their budget ({@value #MAILS_PER_HOUR} mails in the
     * sliding hour, {@value #LETTERS_PER_30_DAYS} letters in 30 days); beyond it nothing is sent, and the caller
     * answers as if it were. The account row is locked first, so that concurrent requests (on any node) count in turn.
     */
    private void issueRequested(Account account, Reason reason, Channel channel, String pendingEmail) {
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        boolean mail = channel == Channel.EMAIL;
        long sent = em.createNamedQuery("OneTimeCode.countIssuedSince", Long.class)
                .setParameter("account", account)
                .setParameter("purpose", Purpose.SET_CODE)
                .setParameter("channel", channel)
                .setParameter("since", clock.instant().minus(mail ? Duration.ofHours(1) : Duration.ofDays(30)))
                .getSingleResult();
        if (sent < (mail ? MAILS_PER_HOUR : LETTERS_PER_30_DAYS)) {
            issueSetCode(account, reason, channel, pendingEmail);
        }
    }

    /**
     * Issues a link (e-mail) or a provisional code (letter) to choose a definitive code, replacing every earlier one
     * of the account. It does not lift a lockout: only choosing the new code does, so that asking for a code (which
     * anyone who knows the number and birth date can do) never reopens the account to guessing.
     */
    private void issueSetCode(Account account, Reason reason, Channel channel, String pendingEmail) {
        OneTimeCode grant;
        String secret;
        if (channel == Channel.EMAIL) {
            secret = Secrets.token();
            grant = issue(account, Purpose.SET_CODE, reason, channel, Secrets.sha256(secret), LINK_VALIDITY);
        } else {
            secret = Secrets.digits(8);
            grant = issue(account, Purpose.SET_CODE, reason, channel,
                    Secrets.sha256(Secrets.forAccount(account.getId(), secret)), PROVISIONAL_CODE_VALIDITY);
        }
        grant.setPayload(pendingEmail);
        setCodeIssued.fire(new SetCodeIssued(account.getId(), reason, channel, secret,
                channel == Channel.EMAIL ? pendingEmail : null));
    }

    /**
     * An adviser sends a new provisional code by post to an owner whose identity they checked (earlier codes
     * replaced; a lockout lasts until the code is chosen, or until the adviser {@link #unlock}s): to reactivate a
     * closed account, else as a forgotten code.
     */
    @RolesAllowed(Roles.ADVISER)
    public void sendCodeByPost(long accountId) {
        Account account = em.find(Account.class, accountId);
        issueSetCode(account, account.getStatus() == Account.Status.CLOSED ? Reason.REACTIVATION : Reason.FORGOTTEN,
                Channel.POST, null);
    }

    /** An adviser lifts a lockout (temporary lock or block) for an owner whose identity they checked. */
    @RolesAllowed(Roles.ADVISER)
    public void unlock(long accountId) {
        em.find(Account.class, accountId).clearLockout();
    }

    /**
     * "J'ai oublié mon code" and "Réactiver mon compte": a new link or provisional code if the number and birth date
     * match an account in the right state, and neither the client address
     * ({@link AttemptLimiter#admitRequest}) nor the person is over budget; otherwise nothing, and the caller answers
     * the same either way.
     */
    // Anonymous: "J'ai oublié mon code" and "Réactiver mon compte".
    @PermitAll
    public void requestNewCode(Nir nir, LocalDate birthDate, Channel channel, Reason reason, String clientAddress) {
        if (!limiter.admitRequest(clientAddress, clock.instant())) {
            return;
        }
        AccountQueries.account(em, nir)
                .filter(account -> account.getInsuredPerson().getBirthDate().equals(birthDate))
                .filter(account -> (reason == Reason.REACTIVATION) == (account.getStatus() == Account.Status.CLOSED))
                .filter(account -> channel == Channel.POST || account.getEmail() != null)
                .ifPresent(account -> issueRequested(account, reason, channel, null));
    }

    /** Whether a code-choice link still works (not used, replaced or expired). */
    // Anonymous: the e-mailed link is the proof.
    @PermitAll
    public boolean isLinkLive(String token) {
        return emailedGrant(token, Purpose.SET_CODE).isPresent();
    }

    /**
     * Sends a link to the new address (30 minutes, single use); following it makes the change. It replaces any
     * change the account asked for before.
     */
    public void issueEmailChange(String newEmail) {
        issueEmailChange(em.find(Account.class, caller.accountId()), newEmail);
    }

    private void issueEmailChange(Account account, String newEmail) {
        String token = Secrets.token();
        OneTimeCode link = issue(account, Purpose.EMAIL_CHANGE, null, Channel.EMAIL, Secrets.sha256(token), LINK_VALIDITY);
        link.setPayload(newEmail);
        emailChangeIssued.fire(new EmailChangeIssued(account.getId(), newEmail, token));
    }

    /**
     * Uses up an e-mail change link.
     *
     * @return the account the link was sent for and the new address
     * @throws InvalidLinkException if the link is unknown, used, replaced or expired
     */
    // The e-mailed link is the proof; it may be followed from a browser that is not logged in.
    @PermitAll
    public EmailChange useEmailChange(String token) {
        OneTimeCode link = emailedGrant(token, Purpose.EMAIL_CHANGE).orElseThrow(InvalidLinkException::new);
        link.use(clock.instant());
        return new EmailChange(link.getAccount().getId(), link.getPayload());
    }

    /**
     * The step-up before a sensitive change (bank details, e-mail address, second factors): the definitive code typed
     * again, always, and a strong factor when the account has one (ASVS 7.5.1). A wrong code or factor counts like a
     * failed login — locks, block, the owner told — in its own transaction, so that refusing the change keeps the
     * count.
     *
     * @param factor the strong factor's proof; ignored (may be null) when the account has none
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Reauthentication reauthenticate(char[] code, FactorProof factor) {
        return reauthenticate(caller.accountId(), code, factor, true);
    }

    /**
     * One factor again, the code, before the caller ends sessions (ASVS 7.5.2): someone who found an open browser
     * cannot log its owner out everywhere else. Failures count as for {@link #reauthenticate(char[], FactorProof)}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Reauthentication confirmOwnCode(char[] code) {
        return reauthenticate(caller.accountId(), code, null, false);
    }

    /**
     * An account's code checked before the container knows the caller (a first FranceConnect login links the
     * matched account): as {@link #reauthenticate(char[], FactorProof)} with no strong factor, so an account that has
     * one answers {@code WRONG_FACTOR} and is linked from /espace/securite after a full login. Failures count.
     */
    // Anonymous: like the login's first step, under the same lockout; FranceConnect chose the account.
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Reauthentication confirmCode(long accountId, char[] code) {
        return reauthenticate(accountId, code, null, true);
    }

    private Reauthentication reauthenticate(long accountId, char[] code, FactorProof factor, boolean factorAsked) {
        Instant now = clock.instant();
        Account account = em.find(Account.class, accountId);
        if (!account.acceptsLogin(now) || !account.acceptsDefinitiveCode()) {
            hasher.verify(code, hasher.dummyHash());
            return Reauthentication.LOCKED;
        }
        if (!hasher.verify(code, account.getCodeHash())) {
            recordFailure(account, now);
            return account.acceptsLogin(now) ? Reauthentication.WRONG_CODE : Reauthentication.LOCKED;
        }
        if (factorAsked && !enrolledFactors(accountId).isEmpty() && (factor == null || !factor(accountId, factor.kind())
                .map(f -> f.verify(accountId, factor.proof(), now)).orElse(false))) {
            recordFailure(account, now);
            return account.acceptsLogin(now) ? Reauthentication.WRONG_FACTOR : Reauthentication.LOCKED;
        }
        account.recordSuccess();
        return Reauthentication.CONFIRMED;
    }

    /** The outcome of {@link #reauthenticate}. */
    public enum Reauthentication { CONFIRMED, WRONG_CODE, WRONG_FACTOR, LOCKED }

    private Optional<OneTimeCode> emailedGrant(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createNamedQuery("OneTimeCode.findBySecretHash", OneTimeCode.class)
                .setParameter("hash", Secrets.sha256(token))
                .getResultStream()
                .filter(c -> c.getPurpose() == purpose && c.getChannel() == Channel.EMAIL && c.isUsable(now))
                .findFirst();
    }

    /**
     * Chooses the definitive code through an e-mailed link.
     *
     * @param endOtherSessions "Déconnecter mes autres appareils": every session ends and every trusted device is
     *                         forgotten (the caller then starts the new session)
     */
    // Anonymous: the e-mailed link is the proof.
    @PermitAll
    public long chooseCodeByLink(String token, char[] newCode, boolean endOtherSessions, Locale locale) {
        return choose(emailedGrant(token, Purpose.SET_CODE).orElseThrow(InvalidLinkException::new), newCode,
                endOtherSessions, locale);
    }

    /** Chooses the definitive code after logging in with a provisional code from a letter (as {@link #chooseCodeByLink}). */
    // Anonymous: after a login with a provisional code, before the caller is known.
    @PermitAll
    public long chooseCodeByProvisional(long accountId, long provisionalCodeId, char[] newCode, boolean endOtherSessions,
                                        Locale locale) {
        OneTimeCode grant = em.find(OneTimeCode.class, provisionalCodeId);
        if (grant == null || !grant.isUsableBy(accountId, Purpose.SET_CODE, clock.instant())) {
            throw new InvalidLinkException();
        }
        return choose(grant, newCode, endOtherSessions, locale);
    }

    private long choose(OneTimeCode grant, char[] newCode, boolean endOtherSessions, Locale locale) {
        Account account = grant.getAccount();
        CodePolicy.Verdict verdict = verdict(account, newCode, locale);
        if (!verdict.accepted()) {
            throw new CodeRejectedException(verdict);
        }
        Instant now = clock.instant();
        grant.use(now);
        account.setDefinitiveCode(hasher.hash(newCode), now);
        if (endOtherSessions) {
            forgetOtherBrowsers(account.getId(), null);
        }
        String typedAtCreation = grant.getPayload();
        if (typedAtCreation != null && grant.getChannel() == Channel.EMAIL) {
            account.setEmail(typedAtCreation); // following the link proved the address
        }
        codeChosen.fire(new CodeChosen(account.getId(), grant.getReason(), now));
        if (typedAtCreation != null && grant.getChannel() == Channel.POST) {
            issueEmailChange(account, typedAtCreation); // the letter proved the postal address only
        }
        return account.getId();
    }

    /**
     * "Changer mon code" while logged in: the current code first (ASVS 6.2.3; a wrong one counts like a failed
     * login), then the new one under the policy, neither the current nor the previous code. The owner is told by
     * e-mail and by post. Only for {@code CodeChangeService} (security), which reads the account from the caller.
     *
     * @param keptSession      this browser's session record, which stays open when the others end
     * @param endOtherSessions "Déconnecter mes autres appareils": the other sessions end, every trusted device is
     *                         forgotten
     * @return whether the current code was right ({@code CONFIRMED}: the code is changed)
     * @throws CodeRejectedException when the current code was right but the new one breaks a rule
     */
    // Only CodeChangeService calls it, inside its transaction (MANDATORY keeps pages out); it reads the caller.
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Reauthentication changeCode(long accountId, char[] currentCode, char[] newCode, boolean endOtherSessions,
                                       String keptSession, Locale locale) {
        Instant now = clock.instant();
        Account account = em.find(Account.class, accountId);
        if (!account.acceptsLogin(now) || !account.acceptsDefinitiveCode()) {
            hasher.verify(currentCode, hasher.dummyHash());
            return Reauthentication.LOCKED;
        }
        if (!hasher.verify(currentCode, account.getCodeHash())) {
            recordFailure(account, now);
            return account.acceptsLogin(now) ? Reauthentication.WRONG_CODE : Reauthentication.LOCKED;
        }
        account.recordSuccess();
        CodePolicy.Verdict verdict = verdict(account, newCode, locale);
        if (!verdict.accepted()) {
            throw new CodeRejectedException(verdict);
        }
        account.setDefinitiveCode(hasher.hash(newCode), now);
        if (endOtherSessions) {
            forgetOtherBrowsers(account.getId(), keptSession);
        }
        codeChanged.fire(new CodeChanged(account.getId(), now));
        return Reauthentication.CONFIRMED;
    }

    /** After a new code: every other session ends and no browser is trusted any more (ASVS 7.4.3). */
    private void forgetOtherBrowsers(long accountId, String keptSession) {
        sessions.forgetBrowsersOf(accountId, keptSession);
    }

    /**
     * The policy's verdict on a new code for this account, with {@link CodePolicy.Rule#NOT_REUSED} judged here, where
     * the hashes of the current and previous codes are at hand (after a forgotten code the hash is still the old
     * code's).
     */
    private CodePolicy.Verdict verdict(Account account, char[] newCode, Locale locale) {
        CodePolicy.Verdict verdict = policy.check(new String(newCode),
                CodePolicy.PersonalData.of(account.getInsuredPerson()), locale);
        if (!verdict.accepted() && verdict.unmet().contains(CodePolicy.Rule.LENGTH)) {
            return verdict;
        }
        return reuses(newCode, account.getCodeHash()) || reuses(newCode, account.getPreviousCodeHash())
                ? verdict.with(CodePolicy.Rule.NOT_REUSED) : verdict;
    }

    private boolean reuses(char[] newCode, String hash) {
        return hash != null && hasher.verify(newCode, hash);
    }

    private void recordFailure(Account account, Instant now) {
        em.persist(new LoginFailure(account.getId(), now));
        long recent = em.createNamedQuery("LoginFailure.countSince", Long.class)
                .setParameter("accountId", account.getId())
                .setParameter("since", now.minus(Account.BLOCK_WINDOW))
                .getSingleResult();
        if (account.recordFailure(now, recent + 1)) {
            metrics.lockout();
            accountLocked.fire(new AccountLocked(account.getId(), account.getLockedUntil()));
        }
    }

    private OneTimeCode issue(Account account, Purpose purpose, Reason reason, Channel channel, String hash,
                              Duration validity) {
        Instant now = clock.instant();
        em.createNamedQuery("OneTimeCode.revokeAll")
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .setParameter("now", now)
                .executeUpdate();
        OneTimeCode code = new OneTimeCode(account, purpose, reason, channel, hash, now, now.plus(validity));
        em.persist(code);
        em.flush();
        return code;
    }

    private Optional<OneTimeCode> usable(Account account, Purpose purpose) {
        return em.createNamedQuery("OneTimeCode.findUsable", OneTimeCode.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .setParameter("now", clock.instant())
                .getResultStream().findFirst();
    }
}
