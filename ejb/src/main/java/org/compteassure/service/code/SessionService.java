package org.compteassure.service.code;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.code.TrustedDevice;
import org.compteassure.persistence.code.UserSession;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * Logged-in sessions and trusted devices of insured people, kept in the database so that every node agrees on
 * which session is still open and a person can end one from another browser. Every method that names a session or
 * device checks that it belongs to the caller.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class SessionService {

    public static final Duration TRUST = Duration.ofDays(30);
    /** How often "last seen" is written: often enough for the list, rarely enough not to write on every click. */
    private static final Duration SEEN_PRECISION = Duration.ofMinutes(1);

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @EJB
    private CodeService codes;

    @Resource
    private SessionContext context;

    /**
     * Records a new session; the returned id goes into the HTTP session, never into a URL.
     *
     * @param language the language chosen with the switch before logging in, kept for the person's e-mails; null if
     *                 none was chosen (the account keeps its own)
     */
    // Called while the login is being completed, before the caller is known to the container.
    @PermitAll
    public String start(long accountId, String browser, String address, Locale language) {
        if (language != null) {
            em.find(Account.class, accountId).chooseLanguage(language);
        }
        String publicId = Secrets.token();
        em.persist(new UserSession(accountId, publicId, trim(browser, 200), trim(address, 64), clock.instant()));
        return publicId;
    }

    /**
     * Whether the session is still open, noting that it was seen; otherwise why not (ended elsewhere, idle, too old),
     * {@link SessionEnd#ACCOUNT_CLOSED} when it ended with its account. Every page asks, so the check reads without
     * a transaction (the database says whether the session is open, as before, on every request); only when "last
     * seen" is more than {@link #SEEN_PRECISION} old does {@link #seen} write it, in a transaction of its own.
     */
    // The session record's secret id is the authority (SessionGuard, before any role check).
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionEnd touch(String publicId) {
        Instant now = clock.instant();
        Optional<UserSession> session = find(publicId);
        if (session.isEmpty()) {
            return SessionEnd.ENDED;
        }
        UserSession.State state = session.get().state(now);
        if (state != UserSession.State.OPEN) {
            return SessionEnd.of(state, session.get().getAccountId() != null
                    && em.find(Account.class, session.get().getAccountId()).getStatus() == Account.Status.CLOSED);
        }
        if (session.get().getLastSeenAt().plus(SEEN_PRECISION).isBefore(now)) {
            context.getBusinessObject(SessionService.class).seen(publicId, now);
        }
        return SessionEnd.STILL_OPEN;
    }

    /**
     * Notes that an open session was seen at {@code now} (for {@link #touch}; an ended session stays ended, and a
     * later time already written is kept).
     */
    // The session record's secret id is the authority, as for touch.
    @PermitAll
    public void seen(String publicId, Instant now) {
        em.createQuery("UPDATE UserSession s SET s.lastSeenAt = :now WHERE s.publicId = :publicId "
                        + "AND s.endedAt IS NULL AND s.lastSeenAt < :now")
                .setParameter("now", now)
                .setParameter("publicId", publicId)
                .executeUpdate();
    }

    // The session record's secret id is the authority (logout).
    @PermitAll
    public void end(String publicId) {
        find(publicId).ifPresent(session -> session.end(clock.instant()));
    }

    /**
     * The account's open sessions, most recently seen first.
     *
     * @param currentPublicId the session of the caller's browser, marked {@link OpenSession#current()}
     */
    public List<OpenSession> openSessions(String currentPublicId) {
        long accountId = caller.accountId();
        Instant now = clock.instant();
        return em.createNamedQuery("UserSession.findOpen", UserSession.class)
                .setParameter("accountId", accountId)
                .setParameter("idleSince", now.minus(UserSession.IDLE_TIMEOUT))
                .setParameter("startedSince", now.minus(UserSession.ABSOLUTE_LIMIT))
                .getResultStream()
                .map(s -> OpenSession.of(s, currentPublicId))
                .toList();
    }

    /**
     * Ends one of the caller's sessions (its browser is logged out at its next request), once the caller typed their
     * code again (ASVS 7.5.2).
     *
     * @throws StepUpRefusedException if the code is wrong or the account locked (the failure counts; nothing ends)
     */
    public void endSession(long sessionId, char[] code) {
        long accountId = caller.accountId();
        UserSession session = em.find(UserSession.class, sessionId);
        if (session == null || !Long.valueOf(accountId).equals(session.getAccountId())) {
            throw new NotFoundException("session");
        }
        confirm(code);
        session.end(clock.instant());
    }

    /**
     * Ends every session of the account but the given one (null: all of them), once the caller typed their code
     * again, as {@link #endSession}.
     */
    public int endOtherSessions(String exceptPublicId, char[] code) {
        confirm(code);
        return endSessionsOf(caller.accountId(), exceptPublicId);
    }

    /**
     * An adviser ends every session of an account and forgets its browsers, for a person who lost a phone or fears
     * someone is in their account (ASVS 7.4.5); the adviser's service writes it to the person's access log.
     */
    @RolesAllowed(Roles.ADVISER)
    public int endEverySessionOf(long accountId) {
        return forget(accountId, null);
    }

    /**
     * An administrator ends every open session, insured people's and staff's, but their own (ASVS 7.4.5: a leak is
     * feared); everyone logs in again at their next click. Trusted browsers stay trusted.
     */
    @RolesAllowed(Roles.ADMIN)
    public int endEverySession(String exceptPublicId) {
        return em.createNamedQuery("UserSession.endEveryone")
                .setParameter("except", exceptPublicId == null ? "" : exceptPublicId)
                .setParameter("now", clock.instant())
                .executeUpdate();
    }

    private void confirm(char[] code) {
        StepUpRefusedException.unlessConfirmed(codes.confirmOwnCode(code));
    }

    /**
     * After a new code (ASVS 7.4.3): every session of the account but the kept one ends and no browser is trusted any
     * more. The code may be chosen through a link or a letter, before the container knows the caller: MANDATORY, so
     * that only a service inside its own transaction (CodeService) can call it, never a page.
     */
    // Anonymous: a code chosen through a link or a letter; MANDATORY keeps pages out.
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void forgetBrowsersOf(long accountId, String keptSession) {
        forget(accountId, keptSession);
    }

    /**
     * Ends every session of the account but the kept one (null: all), revokes every device it trusts and
     * disconnects every application (their refresh tokens, and so their access tokens, stop at once).
     */
    private int forget(long accountId, String keptSession) {
        int ended = endSessionsOf(accountId, keptSession);
        revokeDevicesOf(accountId);
        em.createNamedQuery("AppToken.revokeAccount")
                .setParameter("accountId", accountId)
                .setParameter("now", clock.instant())
                .executeUpdate();
        return ended;
    }

    private int endSessionsOf(long accountId, String exceptPublicId) {
        return em.createNamedQuery("UserSession.endAll")
                .setParameter("accountId", accountId)
                .setParameter("except", exceptPublicId == null ? "" : exceptPublicId)
                .setParameter("now", clock.instant())
                .executeUpdate();
    }

    /** Trusts this browser for 30 days; returns the token for its cookie (only its hash is kept). */
    // Anonymous: the second login step, before the caller is known.
    @PermitAll
    public String trustDevice(long accountId, String browser) {
        String token = Secrets.token();
        Instant now = clock.instant();
        em.persist(new TrustedDevice(accountId, Secrets.sha256(token), trim(browser, 200), now, now.plus(TRUST)));
        return token;
    }

    // Anonymous: the first login step asks whether this browser is trusted.
    @PermitAll
    public boolean isTrusted(long accountId, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Instant now = clock.instant();
        Optional<TrustedDevice> device = em.createNamedQuery("TrustedDevice.findByTokenHash", TrustedDevice.class)
                .setParameter("hash", Secrets.sha256(token))
                .getResultStream().findFirst()
                .filter(d -> d.isTrusted(accountId, now));
        device.ifPresent(d -> d.used(now));
        return device.isPresent();
    }

    /** The browsers the account trusts today, for their owner to revoke. */
    public List<TrustedBrowser> trustedDevices() {
        long accountId = caller.accountId();
        return activeDevices(accountId).stream()
                .map(d -> new TrustedBrowser(d.getId(), d.getLabel(), d.getExpiresAt()))
                .toList();
    }

    /**
     * Ends every session of the caller, this one too, and forgets every browser they trust: the account is closed, or
     * its owner said « Ce n'était pas moi » (whoever did that already proved who they are, or protects the account).
     */
    public void logOutEverywhere() {
        forget(caller.accountId(), null);
    }

    private void revokeDevicesOf(long accountId) {
        Instant now = clock.instant();
        activeDevices(accountId).forEach(device -> device.revoke(now));
    }

    private List<TrustedDevice> activeDevices(long accountId) {
        return em.createNamedQuery("TrustedDevice.findActive", TrustedDevice.class)
                .setParameter("accountId", accountId)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    public void revokeDevice(long deviceId) {
        long accountId = caller.accountId();
        TrustedDevice device = em.find(TrustedDevice.class, deviceId);
        if (device == null || device.getAccountId() != accountId) {
            throw new NotFoundException("device");
        }
        device.revoke(clock.instant());
    }

    private Optional<UserSession> find(String publicId) {
        if (publicId == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserSession.findByPublicId", UserSession.class)
                .setParameter("publicId", publicId)
                .getResultStream().findFirst();
    }

    /** A label cut to its column, "?" when the browser or address is unknown. */
    public static String trim(String value, int max) {
        String text = value == null || value.isBlank() ? "?" : value;
        return text.length() <= max ? text : text.substring(0, max);
    }
}
