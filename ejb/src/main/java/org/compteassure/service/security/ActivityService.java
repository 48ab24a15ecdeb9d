package org.compteassure.service.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.security.AccountActivity;
import org.compteassure.persistence.security.AccountActivity.Kind;
import org.compteassure.service.code.Secrets;
import org.compteassure.service.code.SessionService;
import org.compteassure.service.platform.ClockProducer;
import org.compteassure.service.security.ActivityEvents.ActivityReported;
import org.compteassure.service.security.ActivityEvents.NewDeviceSignIn;

/**
 * "Activité de mon compte": the caller's sign-ins and changes ({@link ActivityLog} writes the changes), the e-mail
 * after a sign-in from a browser never seen, and "Ce n'était pas moi".
 * <p>
 * A browser is "seen" when it holds a mark (a random cookie, kept 400 days) that an earlier sign-in of the same
 * account recorded; only the SHA-256 of account and mark is stored. A new mark is given at any sign-in that
 * brings none or an unknown one. So a browser whose cookies were cleared, or a private window, counts as new: the
 * owner is told once too often rather than once too few. The trusted-device cookie is not used for this: most
 * people never trust a browser, and then every sign-in would look new.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class ActivityService {

    /** How far back the page lists, and how many lines at most. */
    public static final Duration SHOWN = Duration.ofDays(365);
    public static final int MAX_LINES = 100;
    /** How long a browser's mark lives in its cookie (Chromium's longest). */
    public static final Duration MARK_LIFETIME = Duration.ofDays(400);
    private static final Duration SUMMARY_SPAN = Duration.ofDays(30);
    private static final int SUMMARY_SIGN_INS = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ClockProducer.ZONE);

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    @EJB
    private SessionService sessions;

    @Inject
    private Event<NewDeviceSignIn> newDevice;

    @Inject
    private Event<ActivityReported> reported;

    /** The caller's activity of the last year, most recent first. */
    public List<ActivityLine> activity() {
        return recent(caller.accountId(), SHOWN, MAX_LINES).stream()
                .map(a -> new ActivityLine(a.getOccurredAt(), a.getKind(), a.getDetail(), a.getBrowser(), a.getNetwork(),
                        a.getNetwork() != null && NetworkPrefix.isLocal(a.getNetwork().replaceFirst("/\\d+$", "")),
                        a.getOnBehalf()))
                .toList();
    }

    /**
     * Records the sign-in the caller just made, and tells them by e-mail when it came from a browser never seen
     * on the account (not for the account's very first sign-in: there is nothing to compare it with).
     *
     * @param browser     the browser's label
     * @param address     the client address (only its network is kept)
     * @param browserMark the mark this browser brought, or null
     * @return the mark the browser keeps: the same one if it was known, else a new one
     */
    public String signedIn(String browser, String address, String browserMark) {
        long accountId = caller.accountId();
        Instant now = clock.instant();
        boolean known = browserMark != null && !browserMark.isBlank() && browserMark.length() <= 100
                && em.createNamedQuery("AccountActivity.countFromDevice", Long.class)
                .setParameter("accountId", accountId)
                .setParameter("deviceHash", deviceHash(accountId, browserMark))
                .getSingleResult() > 0;
        boolean first = em.createNamedQuery("AccountActivity.countOfKind", Long.class)
                .setParameter("accountId", accountId)
                .setParameter("kind", Kind.SIGN_IN)
                .getSingleResult() == 0;
        String mark = known ? browserMark : Secrets.token();
        String label = browser == null || browser.isBlank() ? "?" : browser.substring(0, Math.min(browser.length(), 200));
        String network = NetworkPrefix.of(address);
        em.persist(AccountActivity.signIn(accountId, now, label, network, deviceHash(accountId, mark)));
        if (!known && !first) {
            newDevice.fire(new NewDeviceSignIn(accountId, now, label, network));
        }
        return mark;
    }

    /**
     * "Ce n'était pas moi": ends every session of the caller (this one too), forgets the trusted devices and the
     * browsers seen, blocks the account until a new code is chosen (as 20 failures do), and opens a thread to an
     * adviser with the recent sign-ins.
     */
    public void notMe() {
        long accountId = caller.accountId();
        Instant now = clock.instant();
        em.find(Account.class, accountId).block();
        sessions.logOutEverywhere();
        em.createNamedQuery("AccountActivity.forgetDevices").setParameter("accountId", accountId).executeUpdate();
        String summary = summary(accountId, now);
        em.persist(new AccountActivity(accountId, Kind.REPORTED, now, null));
        reported.fire(new ActivityReported(accountId, summary, now));
    }

    /** For the adviser, in the fund's language: what was done, and the sign-ins of the last 30 days. */
    private String summary(long accountId, Instant now) {
        String signIns = recent(accountId, SUMMARY_SPAN, MAX_LINES).stream()
                .filter(a -> a.getKind() == Kind.SIGN_IN)
                .limit(SUMMARY_SIGN_INS)
                .map(a -> "- " + WHEN.format(a.getOccurredAt()) + " : " + a.getBrowser() + ", réseau " + a.getNetwork())
                .collect(Collectors.joining("\n"));
        return "Message automatique. Le " + WHEN.format(now) + ", la personne a signalé depuis « Activité de mon compte » "
                + "une activité qui n'est pas la sienne (« Ce n'était pas moi »). Toutes ses sessions ont été fermées, "
                + "ses appareils de confiance oubliés, et son compte est bloqué jusqu'à ce qu'elle choisisse un nouveau "
                + "code (« J'ai oublié mon code »). Merci de la recontacter.\n\nConnexions des 30 derniers jours :\n"
                + (signIns.isEmpty() ? "aucune" : signIns);
    }

    private List<AccountActivity> recent(long accountId, Duration span, int max) {
        return em.createNamedQuery("AccountActivity.findRecent", AccountActivity.class)
                .setParameter("accountId", accountId)
                .setParameter("since", clock.instant().minus(span))
                .setMaxResults(max)
                .getResultList();
    }

    private static String deviceHash(long accountId, String mark) {
        return Secrets.sha256(Secrets.forAccount(accountId, mark));
    }
}
