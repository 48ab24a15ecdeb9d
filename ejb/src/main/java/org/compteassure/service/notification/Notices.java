package org.compteassure.service.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.NoticeKind;
import org.compteassure.persistence.account.NoticePreference;
import org.compteassure.persistence.account.PaperlessConsent;
import org.compteassure.persistence.account.ProfileChange;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.platform.Installation;

/**
 * What every observer of this package does with an event: find whom to tell, then queue an e-mail in the outbox or
 * write a letter to print, in the very transaction of the event (observers run synchronously), so that the notice
 * and the change commit together or not at all. A mail is built from the person's given names only once it is
 * known to have an address to go to.
 * <p>
 * Every notice of a {@link NoticeKind} goes through {@link #tell}, the one place that reads the person's notice
 * preferences. The security notices (code, IBAN, e-mail address, new device, account closed or locked) use the
 * other methods: they always go, whatever the preferences say.
 */
@Dependent
class Notices {

    /** The mails in each language; a person's are in the language they chose with the switch (French by default). */
    static final Mails FRENCH = Mails.in(Locale.FRENCH);
    private static final Mails ENGLISH = Mails.in(Locale.ENGLISH);

    /** A mail written for one person: their given names, and the mails in their language. */
    @FunctionalInterface
    interface Mail {

        MailContent to(String givenNames, Mails mails);
    }

    /** Whom a notice about a person reaches: any account of theirs that has an address. */
    static final Predicate<Account> ANY_ACCOUNT = account -> true;

    /** Only an active account: a pending or closed one hears nothing of the person's cards, family or payments. */
    static final Predicate<Account> ACTIVE_ACCOUNT = account -> account.getStatus() == Account.Status.ACTIVE;

    /** A letter addressed as the person's name and postal address read now. */
    @FunctionalInterface
    interface Addressed {

        PostalLetter to(long personId, String recipientName, List<String> addressLines);
    }

    @Inject
    private EntityManager em;

    @Inject
    private NotificationService outbox;

    @Inject
    private Installation installation;

    @Inject
    private Clock clock;

    <T> T find(Class<T> type, long id) {
        return em.find(type, id);
    }

    /** The person who holds the account. */
    InsuredPerson holder(long accountId) {
        return em.find(Account.class, accountId).getInsuredPerson();
    }

    /** The absolute address of one of the portal's pages (path from the root), for a link in a mail. */
    String link(String path) {
        return installation.baseUrl() + path;
    }

    Instant now() {
        return clock.instant();
    }

    /** To the account's own address; an account opened with an adviser may have none: then nothing is sent. */
    void mailHolder(long accountId, Mail mail) {
        Account account = em.find(Account.class, accountId);
        send(account.getEmail(), account, mail);
    }

    /** To another address than the account's (a new one to confirm, the old one told of a change), if any. */
    void mailHolderAt(String address, long accountId, Mail mail) {
        send(address, em.find(Account.class, accountId), mail);
    }

    /**
     * To the person's account address, whatever the account's status, if it has one: a mail that is no kind of
     * notice (an appointment's confirmation).
     *
     * @return whether a mail was queued
     */
    boolean mailAccountOf(long personId, Mail mail) {
        return AccountQueries.accountOf(em, em.getReference(InsuredPerson.class, personId))
                .filter(account -> account.getEmail() != null)
                .map(account -> {
                    send(account.getEmail(), account, mail);
                    return true;
                })
                .orElse(false);
    }

    /** How one notice goes: by e-mail, by letter, or both. */
    record Route(boolean email, boolean letter) {

        /** Before the person chose: by e-mail (a letter only where the sender falls back to one). */
        static final Route DEFAULT = new Route(true, false);
    }

    /**
     * The person's choice for that kind of notice: by e-mail, by letter or both; e-mail alone replaces paper only
     * while their consent to it is in force (otherwise the letter goes too).
     */
    Route route(long personId, NoticeKind kind) {
        return em.createNamedQuery("NoticePreference.findByPerson", NoticePreference.class)
                .setParameter("personId", personId)
                .getResultStream()
                .filter(preference -> preference.getKind() == kind)
                .findFirst()
                .map(preference -> new Route(preference.isByEmail(),
                        preference.isByLetter() || !paperless(personId)))
                .orElse(Route.DEFAULT);
    }

    /** Whether the person's latest record says e-mail replaces paper. */
    boolean paperless(long personId) {
        return em.createNamedQuery("PaperlessConsent.findByPerson", PaperlessConsent.class)
                .setParameter("personId", personId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(PaperlessConsent::isConsented)
                .orElse(false);
    }

    /**
     * A notice of that kind, as the person's preferences say: by e-mail to their account if {@code reachable}
     * accepts it and it has an address, by letter to the address on file, or both. A person whose account
     * {@code reachable} refuses (or who has none) hears nothing, except by letter where {@code postWithoutMail};
     * a person who would get no e-mail (no address) gets the letter where {@code postWithoutMail}.
     */
    void tell(long personId, NoticeKind kind, Predicate<Account> reachable, boolean postWithoutMail,
              Mail mail, Addressed letter) {
        InsuredPerson person = em.find(InsuredPerson.class, personId);
        Account account = AccountQueries.accountOf(em, person).filter(reachable).orElse(null);
        if (account == null) {
            if (postWithoutMail) {
                post(person, letter);
            }
            return;
        }
        Route route = route(personId, kind);
        boolean mailed = route.email() && account.getEmail() != null;
        if (mailed) {
            send(account.getEmail(), account, mail);
        }
        if (route.letter() || (!mailed && postWithoutMail)) {
            post(person, letter);
        }
    }

    /**
     * What a field of the person's details was before each of its changes since {@code since}, oldest first,
     * without repeats or blanks: the addresses a notice of a sensitive change also goes to.
     */
    List<String> formerValues(long personId, ProfileChange.Field field, Instant since) {
        return em.createNamedQuery("ProfileChange.findByPersonFieldSince", ProfileChange.class)
                .setParameter("personId", personId)
                .setParameter("field", field)
                .setParameter("since", since)
                .getResultStream()
                .map(ProfileChange::getOldValue)
                .filter(value -> value != null && !value.isBlank())
                .distinct()
                .toList();
    }

    /** A letter to another postal address than the one on file (a former one), as its lines. */
    void postTo(InsuredPerson person, List<String> addressLines, Addressed letter) {
        em.persist(letter.to(person.getId(), person.getGivenNames() + " " + person.getFamilyName(), addressLines));
    }

    /** A notice letter of that kind ({@link PostalLetter#notice}), with its details (or null). */
    Addressed plainLetter(PostalLetter.Notice notice, String details) {
        return (person, name, lines) -> PostalLetter.notice(person, notice, name, lines, details, now());
    }

    /** A letter to print and post; the name and address are copied, so it says what they were when written. */
    void post(InsuredPerson person, Addressed letter) {
        postTo(person, person.getAddress().lines(), letter);
    }

    private void send(String address, Account account, Mail mail) {
        if (address != null) {
            outbox.queue(address, mail.to(account.getInsuredPerson().getGivenNames(), in(account.getLanguage())));
        }
    }

    static Mails in(Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? ENGLISH : FRENCH;
    }
}
