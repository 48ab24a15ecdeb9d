package org.compteassure.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.compteassure.persistence.security.Passkey;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.code.StepUpRefusedException;
import org.compteassure.service.security.FactorService;
import org.compteassure.service.security.PasskeyNameException;
import org.compteassure.service.security.PasskeyRejectedException;
import org.compteassure.service.security.PasskeyService;
import org.compteassure.service.security.PasskeyView;
import org.compteassure.service.security.Passkeys;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.BrowserLabel;
import org.compteassure.web.security.CurrentUser;
import org.compteassure.web.security.PasskeyStepUp;
import org.compteassure.web.security.ShownRecoveryCodes;

/**
 * /espace/cle-d-acces and /conseiller/cle-d-acces: adding a passkey (named by its owner, else after the browser),
 * or, with {@code ?cle=id}, renaming or removing one of the caller's. Adding and removing ask the step-up (the code or
 * a staff member's password, and a strong factor when there is one); the first strong factor's recovery codes are
 * shown once on the answer.
 */
@Named
@RequestScoped
public class PasskeyBacking {

    @EJB
    private PasskeyService passkeys;

    @EJB
    private FactorService factors;

    @Inject
    private PasskeyStepUp stepUp;

    @Inject
    private ShownRecoveryCodes shown;

    @Inject
    private CurrentUser me;

    private PasskeyView passkey;
    private List<PasskeyView> list;
    private String options;
    private boolean done;

    @Size(max = Passkey.NAME_LENGTH, message = "{ca.passkey.name}")
    private String name;

    @Size(max = Passkeys.MAX_RESPONSE_LENGTH, message = "{ca.passkey.response}")
    private String response;

    private String code;
    private String proof;

    /** With ?cle=…, the caller's passkey to rename or remove; another's, or no number, answers 404. */
    public String check() {
        if (Http.request().getParameter("cle") == null) {
            return null;
        }
        PasskeyView found = current();
        if (found == null) {
            return Http.sendError(404);
        }
        if (name == null) {
            name = found.name();
        }
        return null;
    }

    public String add() {
        String chosen = name == null || name.isBlank() ? BrowserLabel.of(Http.request().getHeader("User-Agent")) : name;
        try {
            shown.show(passkeys.add(code.toCharArray(), stepUp.proof(proof), response, chosen));
        } catch (StepUpRefusedException e) {
            Messages.fieldError("add", SecurityBacking.stepUpField(e), SecurityBacking.stepUpMessage(e));
            return null;
        } catch (PasskeyNameException e) {
            Messages.fieldError("add", "name", "error.PasskeyNameException");
            return null;
        } catch (PasskeyRejectedException e) {
            Messages.fieldError("add", "response", "error.PasskeyRejectedException");
            return null;
        }
        done = true;
        if (!shown.isShown()) {
            Messages.flash("cle-d-acces.added");
            return Http.redirect(back());
        }
        // The recovery codes are shown on this answer only: no redirect, nothing kept.
        return null;
    }

    public String rename() {
        PasskeyView found = current();
        if (found == null) {
            return Http.sendError(404);
        }
        try {
            passkeys.rename(found.id(), name);
        } catch (PasskeyNameException e) {
            Messages.fieldError("rename", "name", "error.PasskeyNameException");
            return null;
        }
        Messages.flash("cle-d-acces.renamed");
        return Http.redirect(back());
    }

    public String remove() {
        PasskeyView found = current();
        if (found == null) {
            return Http.sendError(404);
        }
        try {
            passkeys.remove(found.id(), code.toCharArray(), stepUp.proof(proof));
        } catch (StepUpRefusedException e) {
            Messages.fieldError("remove", SecurityBacking.stepUpField(e), SecurityBacking.stepUpMessage(e));
            return null;
        }
        Messages.flash("cle-d-acces.removed");
        return Http.redirect(back());
    }

    /** The passkey of ?cle=…, if it is the caller's; null otherwise (another's, unknown, not a number). */
    private PasskeyView current() {
        if (passkey == null) {
            try {
                passkey = passkeys.find(Long.parseLong(Http.request().getParameter("cle")));
            } catch (NumberFormatException | NotFoundException e) {
                return null;
            }
        }
        return passkey;
    }

    /** The caller's passkeys, oldest first (their security page's list). */
    public List<PasskeyView> getList() {
        if (list == null) {
            list = passkeys.list();
        }
        return list;
    }

    /** This page's address for the caller. */
    public String page() {
        return me.isInsured() ? "/espace/cle-d-acces" : "/conseiller/cle-d-acces";
    }

    /** The page that lists the caller's passkeys. */
    public String back() {
        return me.isInsured() ? "/espace/securite" : "/conseiller/sessions";
    }

    /** Whether the step-up asks a strong factor besides the code: always for staff (TOTP is theirs by rule). */
    public boolean isStrong() {
        return !me.isInsured() || factors.summary().strong();
    }

    /** The creation options (JSON), with a new challenge: read once, when the page is drawn. */
    public String getOptions() {
        if (options == null) {
            options = passkeys.registrationOptions();
        }
        return options;
    }

    public PasskeyView getPasskey() {
        return current();
    }

    public boolean isDone() {
        return done;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
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
}
