package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.messaging.AttachmentRejectedException;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.CurrentUser;

/** /espace/nouveau-message: "Écrire un message" with a subject from the list, the text and up to 3 files. */
@Named
@RequestScoped
public class NewMessageBacking {

    @EJB
    private MessagingService messaging;

    @Inject
    private CurrentUser me;

    @NotNull(message = "{ca.message.subject}")
    private Subject subject;

    @NotBlank(message = "{ca.message.text}")
    @Size(max = Message.MAX_LENGTH, message = "{ca.message.length}")
    private String text;

    private List<Part> files;

    public Subject[] getSubjects() {
        return Subject.values();
    }

    public String send() {
        long threadId;
        try {
            threadId = messaging.write(me.accountId(), subject, text, Uploads.read(files));
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
