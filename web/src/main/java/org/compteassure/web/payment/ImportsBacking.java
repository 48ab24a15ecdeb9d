package org.compteassure.web.payment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.List;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.payment.ImportRefusedException;
import org.compteassure.service.payment.ImportReport;
import org.compteassure.service.payment.PaymentImportService;
import org.compteassure.service.payment.RejectedLine;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /admin/imports: administrators upload a CSV file of payments, follow its progress and read its report
 * ({@code ?import=ID}). The page refreshes its status region by itself while an import runs (resources/js/imports.js).
 */
@Named
@RequestScoped
public class ImportsBacking {

    /** Rejected lines shown on the page; the report keeps them all. */
    public static final int SHOWN_REJECTIONS = 200;

    /**
     * The columns of the CSV file as the page describes them (docs/features.md says the same): the names, and the
     * bundle keys {@code imports.columns.KEY.required} and {@code .rules}.
     */
    public record Column(String key, String names) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("reference", "reference"), new Column("nir", "nir"),
            new Column("beneficiary", "beneficiaryGivenNames, beneficiaryBirthDate"), new Column("kind", "kind"),
            new Column("careDate", "careDate"), new Column("actLabel", "actLabel"),
            new Column("practitioner", "practitioner"), new Column("amounts", "amountSpent, reimbursementBase"),
            new Column("rate", "rate"), new Column("amountPaid", "amountPaid"),
            new Column("deductions", "participationForfaitaire, franchise"), new Column("status", "status"),
            new Column("rejectionReason", "rejectionReason"), new Column("paymentDate", "paymentDate"),
            new Column("iban", "iban"),
            new Column("allowance", "periodFrom, periodTo, days, dailyGross, grossTotal, csgCrds"),
            new Column("employer", "employer"));

    @EJB
    private PaymentImportService imports;

    private Part file;
    private List<ImportReport> recent;
    private ImportReport selected;
    private boolean selectedLoaded;

    public String upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.fieldError("upload", "file", "imports.file.required");
            return null;
        }
        ImportReport stored;
        try {
            stored = imports.store(file.getSubmittedFileName() == null ? "import.csv" : file.getSubmittedFileName(),
                    file.getInputStream());
        } catch (ImportRefusedException e) {
            Messages.fieldError("upload", "file", "imports.refused",
                    Messages.text("imports.refused." + e.reason().name(), e.arguments().toArray()));
            return null;
        }
        imports.start(stored.id());
        Messages.flash("imports.started", stored.fileName());
        return Http.redirect("/admin/imports?import=" + stored.id());
    }

    public List<Column> getColumns() {
        return COLUMNS;
    }

    /** Resumes a stopped import from its last committed chunk. */
    public String resume(long importId) {
        imports.resume(importId);
        Messages.flash("imports.resumed");
        return Http.redirect("/admin/imports?import=" + importId);
    }

    public List<ImportReport> getRecent() {
        if (recent == null) {
            recent = imports.recent(20);
        }
        return recent;
    }

    /** The import named by {@code ?import=}, or null when none or unknown. */
    public ImportReport getSelected() {
        if (!selectedLoaded) {
            selectedLoaded = true;
            String id = Http.request().getParameter("import");
            if (id != null && id.matches("[0-9]{1,18}")) {
                try {
                    selected = imports.find(Long.parseLong(id));
                } catch (NotFoundException e) {
                    selected = null;
                }
            }
        }
        return selected;
    }

    public List<RejectedLine> getRejections() {
        return getSelected() == null ? List.of() : imports.rejections(selected.id(), SHOWN_REJECTIONS);
    }

    /** Whether the status region must keep refreshing. */
    public boolean isAnyRunning() {
        return getRecent().stream().anyMatch(ImportReport::running) || getSelected() != null && getSelected().running();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
