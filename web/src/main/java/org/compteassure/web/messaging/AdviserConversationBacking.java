package org.compteassure.web.messaging;

import org.compteassure.web.platform.ObjectPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.messaging.AdviserDeskService.DeskThread;
import org.compteassure.service.messaging.AlreadyTakenException;
import org.compteassure.service.messaging.AttachmentRejectedException;
import org.compteassure.service.messaging.ThreadClosedException;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.CurrentUser;

/** /conseiller/conversation?id=…: a thread with its notes; take it, reply (with files), add a note, close it. */
@Named
@ViewScoped
public class AdviserConversationBacking extends ObjectPage<DeskThread> {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdviserDeskService desk;

    @Inject
    private CurrentUser me;

    private transient MessageDraft reply;
    private transient MessageDraft note;

    @Override
    protected DeskThread fetch(long threadId) {
        return desk.thread(threadId);
    }

    @Override
    protected String path() {
        return "/conseiller/conversation";
    }

    public DeskThread getThread() {
        return object();
    }

    public boolean isMine() {
        return me.getUsername().equals(getThread().assignedTo());
    }

    public String take() {
        try {
            desk.take(objectId());
        } catch (AlreadyTakenException e) {
            forget();
            Messages.error("conseiller-conversation.taken");
            return null;
        }
        Messages.flash("conseiller-conversation.takenByMe");
        return again();
    }

    public String reply() {
        try {
            desk.reply(objectId(), getReplyDraft().getText(), getReplyDraft().attachments());
        } catch (AttachmentRejectedException e) {
            Uploads.refused("reply", e);
            return null;
        } catch (ThreadClosedException e) {
            Messages.error("conseiller-conversation.closed");
            return null;
        }
        Messages.flash("conseiller-conversation.replied");
        return again();
    }

    public String note() {
        desk.note(objectId(), getNoteDraft().getText());
        Messages.flash("conseiller-conversation.noted");
        return again();
    }

    public String close() {
        try {
            desk.close(objectId());
        } catch (ThreadClosedException e) {
            Messages.error("conseiller-conversation.closed");
            return null;
        }
        Messages.flash("conseiller-conversation.closedNow");
        return Http.redirect("/conseiller/messagerie");
    }

    public MessageDraft getReplyDraft() {
        if (reply == null) {
            reply = new MessageDraft();
        }
        return reply;
    }

    public MessageDraft getNoteDraft() {
        if (note == null) {
            note = new MessageDraft();
        }
        return note;
    }
}
