package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.service.messaging.ThreadLine;
import org.compteassure.web.security.CurrentUser;

/** /espace/messagerie: the person's threads, newest first; also the unread count shown in the navigation. */
@Named
@RequestScoped
public class MailboxBacking {

    @EJB
    private MessagingService messaging;

    @Inject
    private CurrentUser me;

    private List<ThreadLine> threads;
    private Long unread;

    public List<ThreadLine> getThreads() {
        if (threads == null) {
            threads = messaging.threads(me.accountId());
        }
        return threads;
    }

    public long getUnread() {
        if (unread == null) {
            unread = messaging.unreadReplies(me.accountId());
        }
        return unread;
    }
}
