package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.messaging.AttachmentRejectedException;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/** /espace/nouveau-message: "Écrire un message" with a subject from the list, the text and up to 3 files. */
@Named
@RequestScoped
public class NewMessageBacking {

    @EJB
    private MessagingService messaging;

    @NotNull(message = "{ca.message.subject}")
    private Subject subject;

    private final MessageDraft draft = new MessageDraft();

    public List<Subject> getSubjects() {
        return Subject.pickable();
    }

    public String send() {
        long threadId;
        try {
            threadId = messaging.write(subject, draft.getText(), draft.attachments());
        } catch (AttachmentRejectedException e) {
            Uploads.refused("write", e);
            return null;
        }
        Messages.flash("nouveau-message.sent");
        return Http.redirect("/espace/conversation?id=" + threadId);
    }

    public Subject getSubject() {
        return subject;
    }

    public void setSubject(Subject subject) {
        this.subject = subject;
    }

    public MessageDraft getDraft() {
        return draft;
    }
}
