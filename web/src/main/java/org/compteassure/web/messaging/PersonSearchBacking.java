package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.compteassure.persistence.domain.Check;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.messaging.AdviserDeskService.PersonSummary;
import org.compteassure.web.platform.Messages;

/** /conseiller/assures: "Rechercher un assuré" by NIR, or by family name and birth date. */
@Named
@RequestScoped
public class PersonSearchBacking {

    @EJB
    private AdviserDeskService desk;

    @Size(max = 30)
    private String nir;

    @Size(max = 100, message = "{ca.search.name}")
    private String familyName;

    private LocalDate birthDate;

    private List<PersonSummary> results;

    public String search() {
        if (nir != null) {
            Check<Nir, Nir.Problem> number = Nir.check(nir, false);
            if (!number.isValid()) {
                Messages.fieldError("search", "nir", "assures.nir.invalid");
                return null;
            }
            results = desk.searchByNir(number.value());
        } else if (familyName != null && birthDate != null) {
            results = desk.searchByName(familyName, birthDate);
        } else {
            Messages.error("assures.criteria");
        }
        return null;
    }

    public List<PersonSummary> getResults() {
        return results;
    }

    public String getNir() {
        return nir;
    }

    public void setNir(String nir) {
        this.nir = nir;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }
}
