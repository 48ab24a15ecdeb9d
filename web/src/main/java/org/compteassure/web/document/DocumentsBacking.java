package org.compteassure.web.document;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.compteassure.persistence.domain.Dates;
import org.compteassure.service.account.Child;
import org.compteassure.service.account.FamilyService;
import org.compteassure.service.document.DocumentService;
import org.compteassure.service.document.InvalidPeriodException;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/** /espace/documents: the attestations of the person and their children, the statements, the IJ attestation. */
@Named
@RequestScoped
public class DocumentsBacking {

    @EJB
    private DocumentService documents;

    @EJB
    private FamilyService family;

    private List<Child> children;
    private DocumentService.RightsOnFile rights;
    private LocalDate from;
    private LocalDate to;

    /** What the register has sent rights for: an attestation is offered only for those. */
    public DocumentService.RightsOnFile getRights() {
        if (rights == null) {
            rights = documents.rightsOnFile();
        }
        return rights;
    }

    public List<Child> getChildren() {
        if (children == null) {
            children = family.children();
        }
        return children;
    }

    public List<YearMonth> getMonths() {
        return documents.statementMonths();
    }

    public List<Year> getYears() {
        return documents.taxYears();
    }

    /** "novembre 2026", in the page's language. */
    /** « Relevé d'octobre 2026 », « Relevé de mars 2026 », "Statement for October 2026". */
    public String statementLabel(YearMonth month) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.text("documents.monthly.for", Dates.ofMonth(month, true, locale));
    }

    /** Sends the IJ attestation for the chosen period, or says next to the field what is wrong with it. */
    public String dailyAllowances() throws IOException {
        try {
            DocumentService.Pdf pdf = documents.dailyAllowances(from, to);
            PdfDownload.send(Http.response(), pdf);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (InvalidPeriodException e) {
            Messages.fieldError("allowances", "to", "documents.allowances.invalidPeriod");
        }
        return null;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
