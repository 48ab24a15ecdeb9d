package org.compteassure.service.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jakarta.persistence.OptimisticLockException;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.AddressCheck;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.account.ProfileChange;
import org.compteassure.persistence.account.ProfileChange.Field;
import org.compteassure.persistence.account.VitaleLoss;
import org.compteassure.persistence.code.OneTimeCode;
import org.compteassure.persistence.domain.Check;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.domain.Phone;
import org.compteassure.service.account.ProfileEvents.BankDetailsChanged;
import org.compteassure.service.account.ProfileEvents.EmailChanged;
import org.compteassure.service.account.ProfileEvents.VitaleLossDeclared;
import org.compteassure.service.code.Secrets;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.code.OneTimeCode.Channel;
import org.compteassure.persistence.code.OneTimeCode.Reason;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.code.SessionService;

/**
 * The register of insured people and their online accounts: opening one (identity proven against the register),
 * closing it, the claims system's updates of the register, and the details the person keeps up to date themselves
 * ("Mes informations"), each change kept in the history and optimistic-locked.
 */
@Stateless
public class AccountService {

    public enum Creation { CREATED, ALREADY_EXISTS }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    /** A bank account holder's name: letters, spaces, apostrophes, dots and hyphens, 2 to 70 of them. */
    public static final Pattern HOLDER = Pattern.compile("[\\p{L} '’.-]{2,70}");
    private static final Pattern MARKUP = Pattern.compile("[<>]");

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecretHasher hasher;

    @EJB
    private CodeService codes;

    @EJB
    private SessionService sessions;

    @Inject
    private Event<AccountClosed> closed;

    @Inject
    private Event<EmailChanged> emailChanged;

    @Inject
    private Event<BankDetailsChanged> bankDetailsChanged;

    @Inject
    private Event<VitaleLossDeclared> vitaleLossDeclared;

    /**
     * "Je crée mon compte": identity is proven only if number, birth date, carte Vitale serial number and the end of
     * the IBAN all match the register. Then a link (e-mail) or a provisional code (letter) is sent.
     *
     * @throws IdentityNotProvenException whatever differs, including an unknown number
     */
    public Creation create(CreationRequest request) {
        InsuredPerson person = AccountQueries.person(em, request.nir())
                .filter(p -> p.getBirthDate().equals(request.birthDate()))
                .filter(p -> sameIgnoringSpaces(p.getVitaleSerial(), request.vitaleSerial()))
                .filter(p -> p.getIban() != null && sameIgnoringSpaces(p.getIban().lastCharacters(7), request.ibanEnd()))
                .orElseThrow(IdentityNotProvenException::new);
        if (AccountQueries.accountOf(em, person).isPresent()) {
            return Creation.ALREADY_EXISTS;
        }
        Account account = new Account(person, request.email().strip(), clock.instant());
        em.persist(account);
        em.flush();
        codes.issueSetCode(account, Reason.CREATION, request.channel());
        return Creation.CREATED;
    }

    /**
     * An adviser opens the online account of a person who has no e-mail address (identity checked at the desk): the
     * provisional code goes by post, and so will every later code.
     */
    public Creation createByPost(long insuredPersonId) {
        InsuredPerson person = em.find(InsuredPerson.class, insuredPersonId);
        if (AccountQueries.accountOf(em, person).isPresent()) {
            return Creation.ALREADY_EXISTS;
        }
        Account account = new Account(person, null, clock.instant());
        em.persist(account);
        em.flush();
        codes.issueSetCode(account, Reason.CREATION, Channel.POST);
        return Creation.CREATED;
    }

    /** "Résilier mon compte": asks for the code again; ends every session; keeps payments and documents. */
    public void close(long accountId, char[] code) {
        Account account = em.find(Account.class, accountId);
        if (account.getCodeHash() == null || !hasher.verify(code, account.getCodeHash())) {
            throw new WrongCodeException();
        }
        Instant now = clock.instant();
        account.close(now);
        sessions.endOtherSessions(accountId, null);
        sessions.trustedDevices(accountId).forEach(device -> device.revoke(now));
        closed.fire(new AccountClosed(accountId, now));
    }

    /** The person behind an account, for pages that greet them or show their details. */
    public InsuredPerson person(long accountId) {
        return em.find(Account.class, accountId).getInsuredPerson();
    }

    /** The register update from the claims system: creates or replaces the person's data, idempotently. */
    public boolean upsert(Nir nir, RegisterEntry entry) {
        Optional<InsuredPerson> existing = AccountQueries.person(em, nir);
        InsuredPerson person = existing.orElseGet(() -> new InsuredPerson(nir, entry.familyName(), entry.givenNames(),
                entry.birthDate(), entry.sex(), entry.address()));
        if (existing.isPresent()) {
            recordRegisterChanges(person, entry);
        }
        person.setFamilyName(entry.familyName());
        person.setGivenNames(entry.givenNames());
        person.setBirthDate(entry.birthDate());
        person.setSex(entry.sex());
        person.setAddress(entry.address());
        person.setIban(entry.iban());
        person.setVitaleSerial(entry.vitaleSerial());
        person.setEmail(entry.email());
        if (existing.isEmpty()) {
            em.persist(person);
        }
        List<InsuredPerson.NewBeneficiary> own = new ArrayList<>();
        for (RegisterEntry.Child child : entry.beneficiaries()) {
            InsuredPerson.NewBeneficiary listed = new InsuredPerson.NewBeneficiary(child.familyName(), child.givenNames(),
                    child.birthDate());
            if (!attachedAsSecondParent(person, listed, child.otherParent())) {
                own.add(listed);
            }
        }
        person.replaceBeneficiaries(own);
        return existing.isEmpty();
    }

    /** Whose pages show this person's names and children: the person and their children's other parents. */
    /**
     * A child the register lists with its other parent, who already has it: one child with two parents, not two
     * copies. False (the child is this person's own) when the other parent is unknown, does not have the child, or
     * it already has another second parent.
     */
    private boolean attachedAsSecondParent(InsuredPerson person, InsuredPerson.NewBeneficiary child, Nir otherParent) {
        if (otherParent == null || otherParent.equals(person.getNir())) {
            return false;
        }
        Optional<Beneficiary> shared = AccountQueries.person(em, otherParent).flatMap(other -> other.beneficiary(child));
        if (shared.isEmpty()) {
            return false;
        }
        Beneficiary known = shared.get();
        if (known.getSecondParent() == null) {
            known.attachSecondParent(person);
            return true;
        }
        return known.getSecondParent().getId().equals(person.getId());
    }

    /** The account itself (its e-mail address, its FranceConnect link), for its owner's pages. */
    public Account account(long accountId) {
        return em.find(Account.class, accountId);
    }

    /** Every change of the person's details, newest first. */
    public List<ProfileChange> history(long accountId) {
        return em.createNamedQuery("ProfileChange.findByPerson", ProfileChange.class)
                .setParameter("personId", person(accountId).getId())
                .getResultList();
    }

    /**
     * Saves the postal address, phone and notification preferences as one change of the person's details.
     *
     * @param expectedVersion the version the form was filled from
     * @throws ProfileChangedMeanwhileException if the details were saved since (another tab): nothing is written
     * @throws InvalidDetailsException if a check of the form fails
     */
    public void changeContact(long accountId, long expectedVersion, ContactDetails details) {
        InsuredPerson person = lockedFor(accountId, expectedVersion);
        String phone = details.phone() == null || details.phone().isBlank() ? null
                : Phone.toE164(details.phone()).orElseThrow(InvalidDetailsException::new);
        if (!AddressCheck.problems(details.line1(), details.line2(), details.postcode(), details.city(),
                details.country()).isEmpty()) {
            throw new InvalidDetailsException();
        }
        PostalAddress address = new PostalAddress(details.line1().strip(), blankToNull(details.line2()),
                details.postcode().strip().toUpperCase(Locale.ROOT), details.city().strip().toUpperCase(Locale.ROOT),
                details.country().strip().toUpperCase(Locale.ROOT));
        Instant now = clock.instant();
        String oldAddress = String.join(", ", person.getAddress().lines());
        String newAddress = String.join(", ", address.lines());
        if (!oldAddress.equals(newAddress)) {
            record(person, Field.ADDRESS, oldAddress, newAddress, now);
            person.setAddress(address);
        }
        if (!Objects.equals(person.getPhone(), phone)) {
            record(person, Field.PHONE, person.getPhone(), phone, now);
            person.setPhone(phone);
        }
        String oldPreferences = preferences(person.isNotifyPayments(), person.isNotifyDocuments());
        String newPreferences = preferences(details.notifyPayments(), details.notifyDocuments());
        if (!oldPreferences.equals(newPreferences)) {
            record(person, Field.NOTIFICATIONS, oldPreferences, newPreferences, now);
            person.setNotifyPayments(details.notifyPayments());
            person.setNotifyDocuments(details.notifyDocuments());
        }
        flushOrRefuse();
    }

    /** "PAYMENTS,DOCUMENTS": the kinds of news the person wants by e-mail, as the history keeps them. */
    private static String preferences(boolean payments, boolean documents) {
        return Stream.of(payments ? "PAYMENTS" : null, documents ? "DOCUMENTS" : null)
                .filter(Objects::nonNull).collect(Collectors.joining(","));
    }

    /**
     * Sends a confirmation link to the new address; the address changes only when the link is followed.
     *
     * @throws InvalidDetailsException if the address is not one or is already the account's
     */
    public void requestEmailChange(long accountId, String newEmail) {
        Account account = em.find(Account.class, accountId);
        String email = newEmail == null ? "" : newEmail.strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches() || email.equalsIgnoreCase(account.getEmail())) {
            throw new InvalidDetailsException();
        }
        codes.issueEmailChange(account, email);
    }

    /**
     * Follows an e-mail change link: the account's address becomes the new one, and the old one is told.
     *
     * @return the account whose address changed
     * @throws org.compteassure.service.code.InvalidLinkException if the link is unknown, used or expired
     */
    public long confirmEmailChange(String token) {
        OneTimeCode link = codes.useEmailChange(token);
        Account account = link.getAccount();
        InsuredPerson person = account.getInsuredPerson();
        String old = account.getEmail();
        Instant now = clock.instant();
        record(person, Field.EMAIL, old, link.getPayload(), now);
        account.setEmail(link.getPayload());
        person.setEmail(link.getPayload());
        emailChanged.fire(new EmailChanged(account.getId(), old, now));
        flushOrRefuse();
        return account.getId();
    }

    /**
     * New bank details, after the person typed their code again. They apply to payments from now on; a notice goes
     * to the e-mail address on file and a letter to the postal address on file, so that the real owner learns of a
     * change they did not make.
     *
     * @throws WrongCodeException if the code is wrong (the failure counts like a failed login)
     * @throws CodeLockedException if repeated wrong codes locked the account
     * @throws InvalidDetailsException if the IBAN or the holder's name fail their checks
     */
    public void changeBankDetails(long accountId, long expectedVersion, char[] code, String iban, String holder) {
        switch (codes.reauthenticate(accountId, code)) {
            case WRONG_CODE -> throw new WrongCodeException();
            case LOCKED -> throw new CodeLockedException();
            case CONFIRMED -> { }
        }
        InsuredPerson person = lockedFor(accountId, expectedVersion);
        Check<Iban, Iban.Problem> checked = Iban.check(iban);
        if (!checked.isValid() || holder == null || !HOLDER.matcher(holder.strip()).matches()) {
            throw new InvalidDetailsException();
        }
        Instant now = clock.instant();
        record(person, Field.BANK_DETAILS, bankDetails(person.getIban(), person.getIbanHolder()),
                bankDetails(checked.value(), holder.strip()), now);
        person.setIban(checked.value());
        person.setIbanHolder(holder.strip());
        bankDetailsChanged.fire(new BankDetailsChanged(accountId, now));
        flushOrRefuse();
    }

    private static String bankDetails(Iban iban, String holder) {
        return iban == null ? null : iban.masked() + (holder == null ? "" : " (" + holder + ")");
    }

    /**
     * "Déclarer la perte ou le vol de ma carte Vitale": recorded with a reference, confirmed by e-mail.
     *
     * @return the reference the person quotes to their fund
     * @throws InvalidDetailsException if the date is in the future or the circumstances are empty, too long or
     *                                 hold markup
     */
    public String declareVitaleLoss(long accountId, VitaleLoss.Kind kind, LocalDate occurredOn, String circumstances) {
        InsuredPerson person = person(accountId);
        Instant now = clock.instant();
        if (kind == null || occurredOn == null || occurredOn.isAfter(LocalDate.now(clock))
                || circumstances == null || circumstances.isBlank()
                || circumstances.strip().length() > VitaleLoss.MAX_CIRCUMSTANCES || MARKUP.matcher(circumstances).find()) {
            throw new InvalidDetailsException();
        }
        String reference = "CV" + LocalDate.now(clock).getYear() + "-" + Secrets.digits(8);
        em.persist(new VitaleLoss(person.getId(), reference, kind, occurredOn, circumstances.strip(), now));
        vitaleLossDeclared.fire(new VitaleLossDeclared(accountId, reference, now));
        return reference;
    }

    /** The declarations of lost or stolen cards, newest first. */
    public List<VitaleLoss> vitaleLosses(long accountId) {
        return em.createNamedQuery("VitaleLoss.findByPerson", VitaleLoss.class)
                .setParameter("personId", person(accountId).getId())
                .getResultList();
    }

    /** The person of the account, if nobody saved their details since the form showed {@code expectedVersion}. */
    private InsuredPerson lockedFor(long accountId, long expectedVersion) {
        InsuredPerson person = person(accountId);
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
        em.persist(new ProfileChange(person.getId(), field, oldValue, newValue, now, ProfileChange.Channel.ONLINE));
    }

    /** The claims system's changes of what the person also sees and edits go into the same history. */
    private void recordRegisterChanges(InsuredPerson person, RegisterEntry entry) {
        Instant now = clock.instant();
        String oldAddress = String.join(", ", person.getAddress().lines());
        String newAddress = String.join(", ", entry.address().lines());
        List.of(new ProfileChange(person.getId(), Field.ADDRESS, oldAddress, newAddress, now, ProfileChange.Channel.REGISTER),
                        new ProfileChange(person.getId(), Field.EMAIL, person.getEmail(), entry.email(), now,
                                ProfileChange.Channel.REGISTER))
                .stream().filter(change -> !Objects.equals(change.getOldValue(), change.getNewValue()))
                .forEach(em::persist);
        if (!Objects.equals(person.getIban(), entry.iban())) {
            em.persist(new ProfileChange(person.getId(), Field.BANK_DETAILS, bankDetails(person.getIban(), null),
                    bankDetails(entry.iban(), null), now, ProfileChange.Channel.REGISTER));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean sameIgnoringSpaces(String stored, String typed) {
        if (stored == null || typed == null) {
            return false;
        }
        return stored.replaceAll("\\s", "").equalsIgnoreCase(typed.replaceAll("\\s", ""));
    }
}
