package org.compteassure.web.document;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.compteassure.service.code.TooManyAttemptsException;
import org.compteassure.service.document.DocumentService;
import org.compteassure.service.document.DocumentService.Verified;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /verifier (public): anyone types a document's code, or follows its QR code ({@code ?code=}), and reads what the
 * document says, or that no document has that code. Rate-limited per client address by the service.
 */
@Named
@RequestScoped
public class VerifierBacking {

    @EJB
    private DocumentService documents;

    private String code;
    private Verified verified;
    private boolean checked;

    /** The QR code's link carries the code: check it at once. */
    public void checkFromLink() {
        if (code != null && !code.isBlank()) {
            verify();
        }
    }

    public String verify() {
        try {
            Optional<Verified> found = documents.verify(code, Http.request().getRemoteAddr());
            verified = found.orElse(null);
            checked = true;
            if (found.isEmpty()) {
                Messages.fieldError("verifier", "code", "verifier.notFound");
            }
        } catch (TooManyAttemptsException e) {
            Messages.error("verifier.tooMany");
        }
        return null;
    }

    public Verified getVerified() {
        return verified;
    }

    /** « DUPONT, prénom commençant par M »: an initial followed by a dot reads as « Monsieur ». */
    public String getHolder() {
        return verified == null ? null
                : Messages.text("verifier.holder.value", verified.holderFamilyName(), verified.holderInitial());
    }

    public boolean isChecked() {
        return checked;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
