package org.compteassure.web.messaging;

import org.compteassure.web.platform.ObjectPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.demarche.DemarcheView;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.messaging.AdviserDeskService.PersonFile;
import org.compteassure.web.platform.Messages;

/**
 * /conseiller/dossier?id=…: a person's file (account status, démarches, threads) and the adviser's actions on the account.
 * Opening it and every action are written to the person's access log by the service.
 */
@Named
@ViewScoped
public class PersonFileBacking extends ObjectPage<PersonFile> {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdviserDeskService desk;

    @EJB
    private DemarcheService demarches;

    private transient List<DemarcheView> demarcheList;

    @Override
    protected PersonFile fetch(long personId) {
        return desk.file(personId);
    }

    @Override
    protected String path() {
        return "/conseiller/dossier";
    }

    public PersonFile getFile() {
        return object();
    }

    /** The person's démarches, newest first (« Mes démarches » as they see it). */
    public List<DemarcheView> getDemarches() {
        if (demarcheList == null) {
            demarcheList = demarches.ofPerson(objectId());
        }
        return demarcheList;
    }

    public String sendCode() {
        desk.sendProvisionalCode(objectId());
        Messages.flash("dossier.codeSent");
        return again();
    }

    public String unlock() {
        desk.unlock(objectId());
        Messages.flash("dossier.unlocked");
        return again();
    }

    public String endSessions() {
        Messages.flash("dossier.sessionsEnded", desk.endSessions(objectId()));
        return again();
    }

    public String removeFactors() {
        desk.removeFactors(objectId());
        Messages.flash("dossier.factorsRemoved");
        return again();
    }

    public String createAccount() {
        Messages.flash(desk.createAccount(objectId()) ? "dossier.accountCreated" : "dossier.accountExists");
        return again();
    }
}
