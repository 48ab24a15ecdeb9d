package org.compteassure.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.AddressCheck;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.NoticeKind;
import org.compteassure.persistence.account.NoticePreference;
import org.compteassure.persistence.account.PaperlessConsent;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.account.ProfileChange;
import org.compteassure.persistence.account.ProfileChange.Channel;
import org.compteassure.persistence.account.ProfileChange.Field;
import org.compteassure.persistence.account.VitaleLoss;
import org.compteassure.persistence.demarche.DemarcheType;
import org.compteassure.persistence.domain.EmailAddress;
import org.compteassure.persistence.domain.Check;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.domain.Phone;
import org.compteassure.service.account.ProfileEvents.BankDetailsChanged;
import org.compteassure.service.account.ProfileEvents.EmailChanged;
import org.compteassure.service.account.ProfileEvents.VitaleLossDeclared;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.EmailChange;
import org.compteassure.service.code.FactorProof;
import org.compteassure.service.code.Secrets;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * The details a person keeps up to date themselves ("Mes informations"): postal address, phone and notification
 * preferences, e-mail address, bank details, a lost or stolen carte Vitale. Each change is kept in the history and
 * optimistic-locked on the person's version.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class ProfileService {

    /** A bank account holder's name: letters, spaces, apostrophes, dots and hyphens, 2 to 70 of them. */
    public static final Pattern HOLDER = Pattern.compile("[\\p{L} '’.-]{2,70}");
    /** The longest account of a loss or theft. */
    public static final int MAX_CIRCUMSTANCES = VitaleLoss.MAX_CIRCUMSTANCES;

    private static final Pattern MARKUP = Pattern.compile("[<>]");

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @EJB
    private AccountService accounts;

    @EJB
    private CodeService codes;

    @EJB
    private DemarcheService demarches;

    @Inject
    private Event<EmailChanged> emailChanged;

    @Inject
    private Event<BankDetailsChanged> bankDetailsChanged;

    @Inject
    private Event<VitaleLossDeclared> vitaleLossDeclared;

    /** The person's details as "Mes informations" shows and edits them, with the version the forms are filled from. */
    public Profile profile() {
        long accountId = caller.accountId();
        Account account = em.find(Account.class, accountId);
        InsuredPerson person = account.getInsuredPerson();
        return new Profile(person.getVersion(), person.getGivenNames(), person.getFamilyName(), person.getBirthDate(),
                person.getNir(), account.getEmail(), person.getIban() == null ? null : person.getIban().masked(),
                person.getAddress(), person.getPhone(),
                person.getPendingIban() == null ? null : person.getPendingIban().masked(), person.getPendingAddress());
    }

    /** Every change of the person's details, newest first. */
    public List<DetailChange> history() {
        long accountId = caller.accountId();
        return em.createNamedQuery("ProfileChange.findByPerson", ProfileChange.class)
                .setParameter("personId", accounts.person().getId())
                .getResultStream()
                .map(c -> new DetailChange(c.getChangedAt(), c.getField(), c.getOldValue(), c.getNewValue(), c.getChannel()))
                .toList();
    }

    /**
     * Saves the postal address, phone and notification preferences as one change of the person's details. A new
     * postal address is a démarche: it waits for the fund (« en attente de validation ») while letters keep going to
     * the address the register has.
     *
     * @param expectedVersion the version the form was filled from
     * @throws ProfileChangedMeanwhileException if the details were saved since (another tab): nothing is written
     * @throws InvalidDetailsException if a check of the form fails
     */
    public void changeContact(long expectedVersion, ContactDetails details) {
        long accountId = caller.accountId();
        InsuredPerson person = lockedFor(accountId, expectedVersion);
        String phone = details.phone() == null || details.phone().isBlank() ? null
                : Phone.toE164(details.phone()).orElseThrow(InvalidDetailsException::new);
        if (!AddressCheck.problems(details.line1(), details.line2(), details.postcode(), details.city(),
                details.country()).isEmpty()) {
            throw new InvalidDetailsException();
        }
        PostalAddress address = new PostalAddress(details.line1().strip(), blankToNull(details.line2()),
                details.postcode().strip().toUpperCase(Locale.ROOT), details.city().strip().toUpperCase(Locale.ROOT),
                AddressCheck.countryName(details.country()));
        Instant now = clock.instant();
        PostalAddress asked = person.getPendingAddress() == null ? person.getAddress() : person.getPendingAddress();
        if (!asked.lines().equals(address.lines())) {
            record(person, Field.ADDRESS, String.join(", ", asked.lines()), String.join(", ", address.lines()), now);
            person.requestAddress(address);
            demarches.open(DemarcheType.ADDRESS_CHANGE, person, String.join(", ", address.lines()),
                    Json.createObjectBuilder().add("adresse", Json.createArrayBuilder(address.lines())).build());
        }
        if (!Objects.equals(person.getPhone(), phone)) {
            record(person, Field.PHONE, person.getPhone(), phone, now);
            person.setPhone(phone);
        }
        flushOrRefuse();
    }

    /** The person's notice preferences: the default of each kind they never set is {@link NoticeChannel#EMAIL}. */
    public NoticeSettings noticeSettings() {
        long personId = accounts.person().getId();
        Map<NoticeKind, NoticeChannel> channels = new EnumMap<>(NoticeKind.class);
        Arrays.stream(NoticeKind.values()).forEach(kind -> channels.put(kind, NoticeChannel.EMAIL));
        preferences(personId).forEach(p -> channels.put(p.getKind(), NoticeChannel.of(p.isByEmail(), p.isByLetter())));
        PaperlessConsent consent = latestConsent(personId);
        boolean paperless = consent != null && consent.isConsented();
        return new NoticeSettings(channels, paperless, paperless ? consent.getRecordedAt() : null);
    }

    /**
     * Saves how each kind of notice goes, and the consent that e-mail replaces paper (a dated record each time it
     * changes). E-mail alone for any kind needs that consent; withdrawing it makes the letters go again. The
     * security notices are no kind of these: they always go.
     *
     * @throws InvalidDetailsException if a kind is missing
     * @throws PaperlessConsentRequiredException if a kind is « par courriel » only without the consent
     */
    public void changeNoticeSettings(Map<NoticeKind, NoticeChannel> channels, boolean paperless) {
        InsuredPerson person = accounts.person();
        if (channels == null || Arrays.stream(NoticeKind.values()).anyMatch(kind -> channels.get(kind) == null)) {
            throw new InvalidDetailsException();
        }
        if (!paperless && channels.containsValue(NoticeChannel.EMAIL)) {
            throw new PaperlessConsentRequiredException();
        }
        Instant now = clock.instant();
        PaperlessConsent consent = latestConsent(person.getId());
        if ((consent != null && consent.isConsented()) != paperless) {
            em.persist(new PaperlessConsent(person.getId(), paperless, now));
        }
        Map<NoticeKind, NoticePreference> stored = new EnumMap<>(NoticeKind.class);
        preferences(person.getId()).forEach(p -> stored.put(p.getKind(), p));
        String before = describe(stored.values().stream().collect(Collectors.toMap(NoticePreference::getKind,
                p -> NoticeChannel.of(p.isByEmail(), p.isByLetter()))));
        channels.forEach((kind, channel) -> {
            NoticePreference preference = stored.get(kind);
            if (preference == null) {
                em.persist(new NoticePreference(person.getId(), kind, channel.email(), channel.letter()));
            } else {
                preference.set(channel.email(), channel.letter());
            }
        });
        String after = describe(channels);
        if (!before.equals(after)) {
            record(person, Field.NOTIFICATIONS, before, after, now);
        }
    }

    private List<NoticePreference> preferences(long personId) {
        return em.createNamedQuery("NoticePreference.findByPerson", NoticePreference.class)
                .setParameter("personId", personId).getResultList();
    }

    private PaperlessConsent latestConsent(long personId) {
        return em.createNamedQuery("PaperlessConsent.findByPerson", PaperlessConsent.class)
                .setParameter("personId", personId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** "PAYMENT=EMAIL,REPLY=BOTH": the preferences as the history keeps them. */
    private static String describe(Map<NoticeKind, NoticeChannel> channels) {
        return new TreeMap<>(channels).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** The language the person switched to while logged in: their e-mails are written in it from now on. */
    public void chooseLanguage(Locale language) {
        em.find(Account.class, caller.accountId()).chooseLanguage(language);
    }

    /**
     * Sends a confirmation link to the new address, after the person typed their code again (and proved their
     * strong factor if they have one); the address changes only when the link is followed.
     *
     * @throws InvalidDetailsException if the address is malformed (the form checks it first)
     * @throws SameEmailException if the address is already the account's
     * @throws WrongCodeException if the code is wrong (the failure counts like a failed login)
     * @throws WrongFactorException if the account has a strong factor and its proof is missing or wrong
     * @throws CodeLockedException if repeated wrong codes locked the account
     */
    public void requestEmailChange(char[] code, FactorProof factor, String newEmail) {
        long accountId = caller.accountId();
        Account account = em.find(Account.class, accountId);
        String email = newEmail == null ? "" : newEmail.strip();
        if (!EmailAddress.isWellFormed(email)) {
            throw new InvalidDetailsException();
        }
        if (email.equalsIgnoreCase(account.getEmail())) {
            throw new SameEmailException();
        }
        stepUp(accountId, code, factor);
        codes.issueEmailChange(email);
    }

    /**
     * Follows an e-mail change link: the account's address becomes the new one, and the old one is told.
     *
     * @return the account whose address changed
     * @throws org.compteassure.service.code.InvalidLinkException if the link is unknown, used or expired
     */
    // The e-mailed link is the proof; it may be followed from a browser that is not logged in.
    @PermitAll
    public long confirmEmailChange(String token) {
        EmailChange change = codes.useEmailChange(token);
        Account account = em.find(Account.class, change.accountId());
        InsuredPerson person = account.getInsuredPerson();
        String old = account.getEmail();
        Instant now = clock.instant();
        record(person, Field.EMAIL, old, change.newEmail(), now);
        account.setEmail(change.newEmail());
        person.setEmail(change.newEmail());
        emailChanged.fire(new EmailChanged(account.getId(), old, now));
        flushOrRefuse();
        return account.getId();
    }

    /**
     * New bank details, after the person typed their code again: a démarche for the fund, the new IBAN « en attente
     * de validation » until the fund confirms it (payments keep going to the IBAN the fund has). A notice goes to
     * the e-mail and postal addresses on file, and to those of before any change of the last 30 days, so that the
     * real owner learns of a change they did not make even after their contact details were taken over.
     *
     * @return the démarche's number
     * @throws WrongCodeException if the code is wrong (the failure counts like a failed login)
     * @throws WrongFactorException if the account has a strong factor and its proof is missing or wrong
     * @throws CodeLockedException if repeated wrong codes locked the account
     * @throws InvalidDetailsException if the IBAN or the holder's name fail their checks
     */
    public String changeBankDetails(long expectedVersion, char[] code, FactorProof factor, String iban, String holder) {
        long accountId = caller.accountId();
        stepUp(accountId, code, factor);
        InsuredPerson person = lockedFor(accountId, expectedVersion);
        Check<Iban, Iban.Problem> checked = Iban.check(iban);
        if (!checked.isValid() || holder == null || !HOLDER.matcher(holder.strip()).matches()) {
            throw new InvalidDetailsException();
        }
        Instant now = clock.instant();
        Iban newIban = checked.value();
        String newHolder = holder.strip();
        record(person, Field.BANK_DETAILS, ProfileHistory.bankDetails(person.getIban(), person.getIbanHolder()),
                ProfileHistory.bankDetails(newIban, newHolder), now);
        person.requestIban(newIban, newHolder);
        String number = demarches.open(DemarcheType.IBAN_CHANGE, person, "IBAN " + newIban.masked(),
                Json.createObjectBuilder().add("iban", newIban.value()).add("titulaire", newHolder).build());
        bankDetailsChanged.fire(new BankDetailsChanged(accountId, now));
        flushOrRefuse();
        return number;
    }

    /** The code typed again and, for a person who has one, a strong factor (see {@link CodeService#reauthenticate}). */
    private void stepUp(long accountId, char[] code, FactorProof factor) {
        switch (codes.reauthenticate(code, factor)) {
            case WRONG_CODE -> throw new WrongCodeException();
            case WRONG_FACTOR -> throw new WrongFactorException();
            case LOCKED -> throw new CodeLockedException();
            case CONFIRMED -> { }
        }
    }

    /**
     * "Déclarer la perte ou le vol de ma carte Vitale": recorded with a reference, confirmed by e-mail, and a
     * démarche asking the fund to cancel the card and make a new one (« Carte en opposition », then « Nouvelle carte
     * envoyée »).
     *
     * @return the reference the person quotes to their fund
     * @throws InvalidDetailsException if the date is in the future or the circumstances are empty, too long or
     *                                 hold markup
     */
    public String declareVitaleLoss(VitaleLoss.Kind kind, LocalDate occurredOn, String circumstances) {
        long accountId = caller.accountId();
        InsuredPerson person = accounts.person();
        Instant now = clock.instant();
        if (kind == null || occurredOn == null || occurredOn.isAfter(LocalDate.now(clock))
                || circumstances == null || circumstances.isBlank()
                || circumstances.strip().length() > MAX_CIRCUMSTANCES || MARKUP.matcher(circumstances).find()) {
            throw new InvalidDetailsException();
        }
        String reference = "CV" + LocalDate.now(clock).getYear() + "-" + Secrets.digits(8);
        VitaleLoss loss = new VitaleLoss(person.getId(), reference, kind, occurredOn, circumstances.strip(), now);
        em.persist(loss);
        loss.setDemarcheNumber(demarches.open(DemarcheType.VITALE_LOSS, person, reference, Json.createObjectBuilder()
                .add("nature", kind == VitaleLoss.Kind.THEFT ? "VOL" : "PERTE")
                .add("survenueLe", occurredOn.toString())
                .add("circonstances", circumstances.strip())
                .add("reference", reference)
                .add("carteVitale", person.getVitaleSerial() == null ? "" : person.getVitaleSerial())
                .build()));
        vitaleLossDeclared.fire(new VitaleLossDeclared(accountId, reference, now));
        return reference;
    }

    /** The declarations of lost or stolen cards, newest first. */
    public List<VitaleLossDeclaration> vitaleLosses() {
        long accountId = caller.accountId();
        return em.createNamedQuery("VitaleLoss.findByPerson", VitaleLoss.class)
                .setParameter("personId", accounts.person().getId())
                .getResultStream()
                .map(loss -> new VitaleLossDeclaration(loss.getKind(), loss.getOccurredOn(), loss.getReference()))
                .toList();
    }

    /** The person of the account, if nobody saved their details since the form showed {@code expectedVersion}. */
    private InsuredPerson lockedFor(long accountId, long expectedVersion) {
        InsuredPerson person = accounts.person();
        if (person.getVersion() != expectedVersion) {
            throw new ProfileChangedMeanwhileException();
        }
        return person;
    }

    /** Writes now, so that a save that raced this one past the version check is refused here, not at commit. */
    private void flushOrRefuse() {
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw new ProfileChangedMeanwhileException();
        }
    }

    private void record(InsuredPerson person, Field field, String oldValue, String newValue, Instant now) {
        ProfileHistory.record(em, person, field, oldValue, newValue, now, Channel.ONLINE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
