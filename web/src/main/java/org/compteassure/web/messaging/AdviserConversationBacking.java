package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.messaging.AlreadyTakenException;
import org.compteassure.service.messaging.AttachmentRejectedException;
import org.compteassure.service.messaging.ThreadClosedException;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.CurrentUser;

/** /conseiller/conversation?id=…: a thread with its notes; take it, reply (with files), add a note, close it. */
@Named
@ViewScoped
public class AdviserConversationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdviserDeskService desk;

    @Inject
    private CurrentUser me;

    private String id;
    private long threadId;
    private transient MessageThread thread;

    private transient MessageDraft reply;
    private transient MessageDraft note;

    public void load() {
        Arrival.withId(id, threadId -> {
            this.threadId = threadId;
            thread = desk.thread(me.getUsername(), threadId);
        });
    }

    public MessageThread getThread() {
        if (thread == null) {
            thread = desk.thread(me.getUsername(), threadId);
        }
        return thread;
    }

    public boolean isMine() {
        return me.getUsername().equals(getThread().getAssignedTo());
    }

    public String take() {
        try {
            desk.take(me.getUsername(), threadId);
        } catch (AlreadyTakenException e) {
            thread = null;
            Messages.error("conseiller-conversation.taken");
            return null;
        }
        Messages.flash("conseiller-conversation.takenByMe");
        return again();
    }

    public String reply() {
        try {
            desk.reply(me.getUsername(), threadId, getReplyDraft().getText(), getReplyDraft().attachments());
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
        desk.note(me.getUsername(), threadId, getNoteDraft().getText());
        Messages.flash("conseiller-conversation.noted");
        return again();
    }

    public String close() {
        try {
            desk.close(me.getUsername(), threadId);
        } catch (ThreadClosedException e) {
            Messages.error("conseiller-conversation.closed");
            return null;
        }
        Messages.flash("conseiller-conversation.closedNow");
        return Http.redirect("/conseiller/messagerie");
    }

    private String again() {
        return Http.redirect("/conseiller/conversation?id=" + threadId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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
