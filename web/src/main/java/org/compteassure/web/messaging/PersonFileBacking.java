package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.messaging.AdviserDeskService.PersonFile;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.CurrentUser;

/**
 * /conseiller/dossier?id=…: a person's file (account status, threads) and the adviser's actions on the account.
 * Opening it and every action are written to the person's access log by the service.
 */
@Named
@ViewScoped
public class PersonFileBacking extends ObjectPage<PersonFile> {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdviserDeskService desk;

    @Inject
    private CurrentUser me;

    @Override
    protected PersonFile fetch(long personId) {
        return desk.file(me.getUsername(), personId);
    }

    @Override
    protected String path() {
        return "/conseiller/dossier";
    }

    public PersonFile getFile() {
        return object();
    }

    public String sendCode() {
        desk.sendProvisionalCode(me.getUsername(), objectId());
        Messages.flash("dossier.codeSent");
        return again();
    }

    public String unlock() {
        desk.unlock(me.getUsername(), objectId());
        Messages.flash("dossier.unlocked");
        return again();
    }

    public String createAccount() {
        Messages.flash(desk.createAccount(me.getUsername(), objectId()) ? "dossier.accountCreated" : "dossier.accountExists");
        return again();
    }
}
