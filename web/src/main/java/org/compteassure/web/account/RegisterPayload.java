package org.compteassure.web.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import org.compteassure.persistence.domain.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.compteassure.persistence.domain.ValidIban;
import org.compteassure.persistence.domain.ValidNir;

/** The JSON body of PUT /api/assures/{nir}: one insured person as the claims system knows them. */
public class RegisterPayload {

    /** A postal address, at most 38 characters a line (what a window envelope shows). */
    public static class Address {
        @NotBlank @Size(max = 38)
        public String line1;
        @Size(max = 38)
        public String line2;
        @NotBlank @Pattern(regexp = "[0-9A-Za-z -]{2,10}")
        public String postalCode;
        @NotBlank @Size(max = 38)
        public String city;
        /** Empty means France; otherwise a name of {@code AddressCheck.COUNTRIES} (checked by the resource). */
        @Size(max = 38)
        public String country;
    }

    /** Rights as the register states them: regime, fund, from when, until when (absent: open-ended). */
    public static class Rights {
        @NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,39}", message = "{ca.rights.regime}")
        public String regime;
        @NotBlank @Pattern(regexp = "[0-9]{3,10}", message = "{ca.rights.fundCode}")
        public String fundCode;
        @NotBlank @Size(max = 100)
        public String fundName;
        @NotNull
        public LocalDate start;
        public LocalDate end;
        /** The declared médecin traitant, as the register names them (optional). */
        @Size(max = 100)
        public String doctor;

        @AssertTrue(message = "{ca.rights.period}")
        public boolean isPeriod() {
            return start == null || end == null || !end.isBefore(start);
        }
    }

    /** A beneficiary (a child) covered through the person. */
    public static class Child {
        @NotBlank @Size(max = 100)
        public String familyName;
        @NotBlank @Size(max = 100)
        public String givenNames;
        @NotNull @PastOrPresent(message = "{ca.birthDate.future}")
        public LocalDate birthDate;
        /** The NIR of the child's other parent, when both are insured here (optional). */
        @ValidNir(keyRequired = false)
        public String otherParent;
        /** The child's rights; absent: none on file. */
        @Valid
        public Rights rights;
    }

    @NotBlank @Size(max = 100)
    public String familyName;

    @NotBlank @Size(max = 100)
    public String givenNames;

    @NotNull @PastOrPresent(message = "{ca.birthDate.future}")
    public LocalDate birthDate;

    /** "F" or "M". */
    @NotNull @Pattern(regexp = "[FM]")
    public String sex;

    @NotNull @Valid
    public Address address;

    @ValidIban
    public String iban;

    @Pattern(regexp = "[0-9]{6,20}", message = "{ca.vitaleSerial.format}")
    public String vitaleSerial;

    @Email(regexp = EmailAddress.PATTERN, message = "{ca.email.format}") @Size(max = 254)
    public String email;

    /** The person's rights; absent: none on file (no attestation de droits). */
    @Valid
    public Rights rights;

    /** Absent means none; an explicit null is refused like any other malformed field. */
    @NotNull @Valid @Size(max = 30)
    public List<@NotNull Child> beneficiaries = List.of();
}
