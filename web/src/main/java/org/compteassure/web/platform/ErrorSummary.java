package org.compteassure.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The summary at the top of a form (UI.md): "2 erreurs empêchent l'envoi", each linking to its field, plus the
 * messages that concern the whole form; information messages shown as a success alert.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One line of the summary: the field it links to (null for the whole form) and what to fix. */
    public record Item(String fieldId, String text) {
    }

    private List<Item> errors;
    private List<String> infos;

    public List<Item> getErrors() {
        collect();
        return errors;
    }

    public List<String> getInfos() {
        collect();
        return infos;
    }

    public String getTitle() {
        int count = getErrors().size();
        return count == 1 ? Messages.text("common.errorSummary.one") : Messages.text("common.errorSummary.many", count);
    }

    private void collect() {
        if (errors != null) {
            return;
        }
        errors = new ArrayList<>();
        infos = new ArrayList<>();
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<String> clientIds = faces.getClientIdsWithMessages();
        while (clientIds.hasNext()) {
            String clientId = clientIds.next();
            for (FacesMessage message : faces.getMessageList(clientId)) {
                if (message.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0) {
                    errors.add(new Item(clientId, message.getSummary()));
                } else {
                    infos.add(message.getSummary());
                }
            }
        }
    }
}
