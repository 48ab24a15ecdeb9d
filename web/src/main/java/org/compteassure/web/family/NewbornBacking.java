package org.compteassure.web.family;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.time.LocalDate;
import java.util.List;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.domain.Check;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.family.InvalidNewbornException;
import org.compteassure.service.family.NewbornRequest;
import org.compteassure.service.family.NewbornService;
import org.compteassure.service.messaging.AttachmentRejectedException;
import org.compteassure.service.messaging.NewAttachment;
import org.compteassure.web.messaging.Uploads;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /espace/naissance « Déclarer une naissance »: the child, the other parent's NIR (optional) and the birth
 * certificate; on success, back to « Mes démarches » with the démarche's number.
 */
@Named
@RequestScoped
public class NewbornBacking {

    private static final String FORM = "newborn";

    @EJB
    private NewbornService newborns;

    private String familyName;
    private String givenNames;
    private LocalDate birthDate;
    private Sex sex;
    private String otherParentNir;
    private Part certificate;

    public Sex[] getSexes() {
        return Sex.values();
    }

    public String declare() {
        Nir otherParent = null;
        if (otherParentNir != null && !otherParentNir.isBlank()) {
            Check<Nir, Nir.Problem> nir = Nir.check(otherParentNir, true);
            if (!nir.isValid()) {
                Messages.fieldError(FORM, "otherParentNir", "naissance.otherParentNir.invalid");
                return null;
            }
            otherParent = nir.value();
        }
        List<NewAttachment> files = Uploads.read(certificate == null ? List.of() : List.of(certificate));
        try {
            String number = newborns.declare(new NewbornRequest(familyName, givenNames, birthDate, sex, otherParent,
                    files.isEmpty() ? null : files.get(0)));
            Messages.flash("naissance.sent", number);
            return Http.redirect("/espace/demarches");
        } catch (InvalidNewbornException e) {
            e.fields().forEach(field -> Messages.fieldError(FORM, fieldId(field), "naissance.invalid." + field));
        } catch (AttachmentRejectedException e) {
            Uploads.refused(FORM, "certificate", "naissance.certificate.", e);
        }
        return null;
    }

    private static String fieldId(InvalidNewbornException.Field field) {
        return switch (field) {
            case FAMILY_NAME -> "familyName";
            case GIVEN_NAMES -> "givenNames";
            case BIRTH_DATE -> "birthDate";
            case SEX -> "sex";
            case OTHER_PARENT -> "otherParentNir";
            case CERTIFICATE -> "certificate";
        };
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getOtherParentNir() {
        return otherParentNir;
    }

    public void setOtherParentNir(String otherParentNir) {
        this.otherParentNir = otherParentNir;
    }

    public Part getCertificate() {
        return certificate;
    }

    public void setCertificate(Part certificate) {
        this.certificate = certificate;
    }
}
