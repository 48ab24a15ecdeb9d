package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.messaging.AttachmentRejectedException;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.service.messaging.MessagingService.ThreadView;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.CurrentUser;

/**
 * /espace/conversation?id=…: one of the person's threads (opening it marks the replies read), the answer form and
 * "Marquer comme réglée". The id is checked on arrival and then kept in the view: a forged one is a 404.
 */
@Named
@ViewScoped
public class ConversationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MessagingService messaging;

    @Inject
    private CurrentUser me;

    private String id;
    private long threadId;
    private transient ThreadView view;

    @NotBlank(message = "{ca.message.text}")
    @Size(max = Message.MAX_LENGTH, message = "{ca.message.length}")
    private transient String text;

    private transient List<Part> files;

    /** On arrival: the thread must be the person's, else 404. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            threadId = Long.parseLong(id == null ? "" : id);
            view = messaging.read(me.accountId(), threadId);
        } catch (NumberFormatException | NotFoundException e) {
            Http.sendError(404);
        }
    }

    public ThreadView getView() {
        if (view == null) {
            view = messaging.read(me.accountId(), threadId);
        }
        return view;
    }

    public boolean isNew(Message message) {
        return getView().newReplies().contains(message.getId());
    }

    public String reply() {
        try {
            messaging.reply(me.accountId(), threadId, text, Uploads.read(files));
        } catch (AttachmentRejectedException e) {
            Uploads.refused("reply", e);
            return null;
        }
        Messages.flash("conversation.replied");
        return Http.redirect("/espace/conversation?id=" + threadId);
    }

    public String settle() {
        messaging.settle(me.accountId(), threadId);
        Messages.flash("conversation.settled");
        return Http.redirect("/espace/messagerie");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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
