package org.compteassure.web.messaging;

import org.compteassure.web.platform.ObjectPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.compteassure.service.messaging.AttachmentRejectedException;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.service.messaging.MessagingService.ThreadView;
import org.compteassure.service.messaging.ThreadMessage;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /espace/conversation?id=…: one of the person's threads (opening it marks the replies read), the answer form and
 * "Marquer comme réglée". The id is checked on arrival and then kept in the view: a forged one is a 404.
 */
@Named
@ViewScoped
public class ConversationBacking extends ObjectPage<ThreadView> {

    private static final long serialVersionUID = 1L;

    @EJB
    private MessagingService messaging;

    private transient MessageDraft draft;

    @Override
    protected ThreadView fetch(long threadId) {
        return messaging.read(threadId);
    }

    @Override
    protected String path() {
        return "/espace/conversation";
    }

    public ThreadView getView() {
        return object();
    }

    public boolean isNew(ThreadMessage message) {
        return getView().newReplies().contains(message.id());
    }

    public String reply() {
        try {
            messaging.reply(objectId(), getDraft().getText(), getDraft().attachments());
        } catch (AttachmentRejectedException e) {
            Uploads.refused("reply", e);
            return null;
        }
        Messages.flash("conversation.replied");
        return again();
    }

    public String settle() {
        messaging.settle(objectId());
        Messages.flash("conversation.settled");
        return Http.redirect("/espace/messagerie");
    }

    public MessageDraft getDraft() {
        if (draft == null) {
            draft = new MessageDraft();
        }
        return draft;
    }
}
