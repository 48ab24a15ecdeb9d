package org.compteassure.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;

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

    /** Computed on each call: ui:repeat reads it in every phase, before the messages of this request exist. */
    public List<Item> getErrors() {
        List<Item> errors = new ArrayList<>();
        forEachMessage((clientId, message) -> {
            if (message.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0) {
                errors.add(new Item(clientId, message.getSummary()));
            }
        });
        return errors;
    }

    public List<String> getInfos() {
        List<String> infos = new ArrayList<>();
        forEachMessage((clientId, message) -> {
            if (message.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) < 0) {
                infos.add(message.getSummary());
            }
        });
        return infos;
    }

    public String getTitle() {
        int count = getErrors().size();
        return count == 1 ? Messages.text("common.errorSummary.one") : Messages.text("common.errorSummary.many", count);
    }

    private static void forEachMessage(BiConsumer<String, FacesMessage> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<String> clientIds = faces.getClientIdsWithMessages();
        while (clientIds.hasNext()) {
            String clientId = clientIds.next();
            faces.getMessageList(clientId).forEach(message -> {
                // Shown here rather than by h:messages: say so, or Faces logs it as never displayed.
                message.rendered();
                action.accept(clientId, message);
            });
        }
    }
}
