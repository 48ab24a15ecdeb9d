package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.messaging.AdviserDeskService.PersonFile;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.CurrentUser;

/**
 * /conseiller/dossier?id=…: a person's file (account status, threads) and the adviser's actions on the account.
 * Opening it and every action are written to the person's access log by the service.
 */
@Named
@ViewScoped
public class PersonFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdviserDeskService desk;

    @Inject
    private CurrentUser me;

    private String id;
    private long personId;
    private transient PersonFile file;

    public void load() {
        Arrival.withId(id, personId -> {
            this.personId = personId;
            file = desk.file(me.getUsername(), personId);
        });
    }

    public PersonFile getFile() {
        if (file == null) {
            file = desk.file(me.getUsername(), personId);
        }
        return file;
    }

    public String sendCode() {
        desk.sendProvisionalCode(me.getUsername(), personId);
        Messages.flash("dossier.codeSent");
        return again();
    }

    public String unlock() {
        desk.unlock(me.getUsername(), personId);
        Messages.flash("dossier.unlocked");
        return again();
    }

    public String createAccount() {
        Messages.flash(desk.createAccount(me.getUsername(), personId) ? "dossier.accountCreated" : "dossier.accountExists");
        return again();
    }

    private String again() {
        return Http.redirect("/conseiller/dossier?id=" + personId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
