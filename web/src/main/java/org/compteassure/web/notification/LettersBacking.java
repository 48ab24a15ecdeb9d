package org.compteassure.web.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.compteassure.service.notification.LetterService;
import org.compteassure.service.notification.LetterService.WaitingLetter;
import org.compteassure.web.platform.Messages;

/** /conseiller/courriers: letters waiting to be printed, and the print run as one PDF. */
@Named
@RequestScoped
public class LettersBacking {

    @EJB
    private LetterService letters;

    private List<WaitingLetter> unprinted;

    public List<WaitingLetter> getUnprinted() {
        if (unprinted == null) {
            unprinted = letters.unprinted();
        }
        return unprinted;
    }

    /** Sends every waiting letter as one PDF and marks them printed by the current adviser. */
    public void printRun() {
        LetterService.PrintRun run = letters.printRun();
        if (run.count() == 0) {
            Messages.error("courriers.nothing");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(run.pdf().length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"courriers-" + run.date() + ".pdf\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(run.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
