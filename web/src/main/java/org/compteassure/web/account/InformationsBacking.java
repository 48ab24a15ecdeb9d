package org.compteassure.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import org.compteassure.persistence.domain.EmailAddress;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compteassure.persistence.account.AddressCheck;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.account.ProfileChange.Field;
import org.compteassure.persistence.account.VitaleLoss.Kind;
import org.compteassure.persistence.domain.ValidIban;
import org.compteassure.persistence.domain.Phone;
import org.compteassure.service.account.CodeLockedException;
import org.compteassure.service.account.ContactDetails;
import org.compteassure.service.account.DetailChange;
import org.compteassure.service.account.InvalidDetailsException;
import org.compteassure.service.account.SameEmailException;
import org.compteassure.service.account.Profile;
import org.compteassure.service.account.ProfileChangedMeanwhileException;
import org.compteassure.service.account.ProfileService;
import org.compteassure.service.account.VitaleLossDeclaration;
import org.compteassure.service.account.WrongCodeException;
import org.compteassure.service.account.WrongFactorException;
import org.compteassure.service.code.CodeService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.CurrentUser;
import org.compteassure.web.security.PasskeyStepUp;

/**
 * /espace/informations: identity from the register (read only), beneficiaries, postal address, phone and
 * notification preferences, e-mail address (changed by a confirmation link) and bank details (both after the code is
 * typed again, and the strong factor for a person who has one), a lost or stolen carte Vitale, and the history of
 * changes. View-scoped: the details' version is the one the page showed, so a save from an older page (another tab)
 * is refused instead of overwriting.
 */
@Named
@ViewScoped
public class InformationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/espace/informations";

    @Inject
    private PasskeyStepUp passkeyStepUp;

    @EJB
    private ProfileService profiles;

    @EJB
    private CodeService codes;

    @Inject
    private CurrentUser me;

    private long version;

    private String line1;
    private String line2;
    private String postcode;
    private String city;
    private String country;
    private String phone;

    @Email(regexp = EmailAddress.PATTERN, message = "{ca.email.format}")
    @Size(max = 254, message = "{ca.email.format}")
    private String newEmail;

    private String code;
    /** The strong factor's code of the step-up (see {@link PasskeyStepUp}), when the person has one. */
    private String proof;
    @ValidIban
    private String iban;
    private String holder;

    private Kind lossKind;
    private LocalDate lossDate;
    private String circumstances;

    @PostConstruct
    void load() {
        Profile person = getProfile();
        version = person.version();
        // The form shows what the person last asked for, so that saving the phone alone asks for nothing new.
        PostalAddress address = person.pendingAddress() == null ? person.address() : person.pendingAddress();
        line1 = address.getLine1();
        line2 = address.getLine2();
        postcode = address.getPostalCode();
        city = address.getCity();
        country = address.getCountry();
        phone = person.phone() == null ? null : Phone.readable(person.phone());
    }

    public String saveContact() {
        Map<AddressCheck.Field, AddressCheck.Problem> problems = AddressCheck.problems(line1, line2, postcode, city, country);
        problems.forEach((field, problem) -> Messages.fieldError("contact", field.name().toLowerCase(Locale.ROOT),
                "informations.problem." + problem.name(), Messages.text("informations." + field.name().toLowerCase(Locale.ROOT))));
        boolean phoneValid = phone == null || phone.isBlank() || Phone.toE164(phone).isPresent();
        if (!phoneValid) {
            Messages.fieldError("contact", "phone", "informations.phone.invalid");
        }
        if (!problems.isEmpty() || !phoneValid) {
            return null;
        }
        return save(() -> profiles.changeContact(version, new ContactDetails(line1, line2, postcode,
                city, country, phone)), "informations.contact.saved");
    }

    public String requestEmailChange() {
        try {
            profiles.requestEmailChange(code.toCharArray(), passkeyStepUp.proof(proof), newEmail);
        } catch (SameEmailException e) {
            Messages.fieldError("email", "newEmail", "informations.email.same");
            return null;
        } catch (InvalidDetailsException e) {
            Messages.fieldError("email", "newEmail", "informations.email.malformed");
            return null;
        } catch (WrongCodeException e) {
            Messages.fieldError("email", "secret", "informations.bank.wrongCode");
            return null;
        } catch (WrongFactorException e) {
            Messages.fieldError("email", "proof", "securite.stepUp.WRONG_FACTOR");
            return null;
        } catch (CodeLockedException e) {
            Messages.fieldError("email", "secret", "informations.bank.locked");
            return null;
        }
        Messages.flash("informations.email.sent", newEmail.strip());
        return Http.redirect(PAGE);
    }

    public String changeBankDetails() {
        if (holder == null || !ProfileService.HOLDER.matcher(holder.strip()).matches()) {
            Messages.fieldError("bank", "holder", "informations.holder.invalid");
            return null;
        }
        try {
            return save(() -> profiles.changeBankDetails(version, code.toCharArray(), passkeyStepUp.proof(proof), iban,
                    holder), "informations.bank.saved");
        } catch (WrongCodeException e) {
            Messages.fieldError("bank", "code", "informations.bank.wrongCode");
        } catch (WrongFactorException e) {
            Messages.fieldError("bank", "proof", "securite.stepUp.WRONG_FACTOR");
        } catch (CodeLockedException e) {
            Messages.fieldError("bank", "code", "informations.bank.locked");
        }
        return null;
    }

    public String declareLoss() {
        if (circumstances.strip().length() > ProfileService.MAX_CIRCUMSTANCES || circumstances.matches("(?s).*[<>].*")) {
            Messages.fieldError("vitale", "circumstances", "informations.vitale.circumstances.invalid",
                    ProfileService.MAX_CIRCUMSTANCES);
            return null;
        }
        try {
            String reference = profiles.declareVitaleLoss(lossKind, lossDate, circumstances);
            Messages.flash("informations.vitale.declared", reference);
            return Http.redirect(PAGE);
        } catch (InvalidDetailsException e) {
            // The text passed above: only the date (in the future) is left to refuse.
            Messages.fieldError("vitale", "date", "informations.vitale.future");
            return null;
        }
    }

    /** Runs a save; on success back to the page (post-redirect-get) with its message. */
    private String save(Runnable change, String savedKey) {
        try {
            change.run();
        } catch (ProfileChangedMeanwhileException e) {
            Messages.error("informations.changedMeanwhile");
            return null;
        } catch (InvalidDetailsException e) {
            Messages.error("informations.invalid");
            return null;
        }
        Messages.flash(savedKey);
        return Http.redirect(PAGE);
    }

    /**
     * The identity, e-mail address and bank details the page shows, read once per request (not kept in this
     * view-scoped bean: every request shows what is stored).
     */
    public Profile getProfile() {
        return (Profile) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(Profile.class.getName(), key -> profiles.profile());
    }

    /** Whether the person has a strong factor, then asked (besides the code) before an e-mail or bank change. */
    public boolean isStrongFactor() {
        return (Boolean) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(
                "compteassure.strongFactor", key -> !codes.enrolledFactors(me.accountId()).isEmpty());
    }

    public List<DetailChange> getHistory() {
        return profiles.history();
    }

    public List<VitaleLossDeclaration> getLosses() {
        return profiles.vitaleLosses();
    }

    /** A value of the history as the person reads it: preferences in words, the rest as recorded. */
    public String historyValue(DetailChange change, String value) {
        if (value == null || value.isBlank()) {
            return Messages.text(change.field() == Field.NOTIFICATIONS
                    ? "informations.history.noNotification" : "informations.history.none");
        }
        if (change.field() == Field.NOTIFICATIONS) {
            return String.join(", ", Arrays.stream(value.split(","))
                    .map(InformationsBacking::preferenceInWords).toList());
        }
        if (change.field() == Field.PHONE) {
            return Phone.readable(value);
        }
        return value;
    }

    /** "PAYMENTS" (the checkboxes of old) or "PAYMENT=BOTH" (the notice preferences), in words. */
    private static String preferenceInWords(String entry) {
        int equals = entry.indexOf('=');
        if (equals < 0) {
            return Messages.text("informations.history.notify." + entry);
        }
        return Messages.text("informations.notices.kind." + entry.substring(0, equals)) + " : "
                + Messages.text("informations.notices.channel." + entry.substring(equals + 1));
    }

    public List<String> getCountries() {
        return AddressCheck.COUNTRIES;
    }

    public List<Kind> getLossKinds() {
        return List.of(Kind.values());
    }

    public long getVersion() {
        return version;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getProof() {
        return proof;
    }

    public void setProof(String proof) {
        this.proof = proof;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public Kind getLossKind() {
        return lossKind;
    }

    public void setLossKind(Kind lossKind) {
        this.lossKind = lossKind;
    }

    public LocalDate getLossDate() {
        return lossDate;
    }

    public void setLossDate(LocalDate lossDate) {
        this.lossDate = lossDate;
    }

    public String getCircumstances() {
        return circumstances;
    }

    public void setCircumstances(String circumstances) {
        this.circumstances = circumstances;
    }
}
