package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.compteassure.persistence.messaging.Message;
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

    private transient MessageDraft draft;

    /** On arrival: the thread must be the person's, else 404. */
    public void load() {
        Arrival.withId(id, threadId -> {
            this.threadId = threadId;
            view = messaging.read(me.accountId(), threadId);
        });
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
            messaging.reply(me.accountId(), threadId, getDraft().getText(), getDraft().attachments());
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

    public MessageDraft getDraft() {
        if (draft == null) {
            draft = new MessageDraft();
        }
        return draft;
    }
}
