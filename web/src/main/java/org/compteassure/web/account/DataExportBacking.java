package org.compteassure.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.code.StepUpRefusedException;
import org.compteassure.service.export.DataExportService;
import org.compteassure.service.export.ExportSection;
import org.compteassure.service.export.ExportStatus;
import org.compteassure.web.messaging.AttachmentLabels;
import org.compteassure.web.messaging.AttachmentServlet;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /espace/mes-donnees, « Télécharger mes données »: ask for the file, follow its preparation (imports.js refreshes
 * the status while it runs), and download it with the secret code typed again. The download answers the form's post
 * with the ZIP itself; an export id that is not the caller's ready export answers 404.
 */
@Named
@RequestScoped
public class DataExportBacking {

    @EJB
    private DataExportService exports;

    private Optional<ExportStatus> current;
    private String code;

    public ExportStatus getCurrent() {
        if (current == null) {
            current = exports.current();
        }
        return current.orElse(null);
    }

    public boolean isPreparing() {
        return getCurrent() != null && getCurrent().preparing();
    }

    /** "ZIP, 45 ko". */
    public String getSize() {
        ExportStatus status = getCurrent();
        return status == null || status.sizeBytes() == null ? "" : "ZIP, " + AttachmentLabels.size(status.sizeBytes());
    }

    /** What the file holds, kind by kind, for the page's list. */
    public ExportSection[] getSections() {
        return ExportSection.values();
    }

    public String request() {
        exports.request();
        Messages.flash("mesDonnees.requested");
        return Http.redirect("/espace/mes-donnees");
    }

    public String download() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String exportId = external.getRequestParameterMap().get("export");
        try {
            exports.download(exportId, code == null ? new char[0] : code.toCharArray(), (fileName, size) -> {
                external.responseReset();
                external.setResponseContentType("application/zip");
                external.setResponseHeader("Content-Disposition", AttachmentServlet.disposition(fileName));
                external.setResponseHeader("Content-Length", String.valueOf(size));
                external.setResponseHeader("Cache-Control", "private, no-store");
                external.setResponseHeader("X-Content-Type-Options", "nosniff");
                return external.getResponseOutputStream();
            });
        } catch (StepUpRefusedException e) {
            Messages.fieldError("download", "secret", SecurityBacking.stepUpMessage(e));
            return null;
        } catch (NotFoundException e) {
            return Http.sendError(404);
        } catch (IOException e) {
            // The browser went away during the download: nothing to answer.
        }
        faces.responseComplete();
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
