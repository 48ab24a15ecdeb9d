package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.service.messaging.ThreadLine;

/** /espace/messagerie: the person's threads, newest first; also the unread count shown in the navigation. */
@Named
@RequestScoped
public class MailboxBacking {

    @EJB
    private MessagingService messaging;

    private List<ThreadLine> threads;
    private Long unread;

    public List<ThreadLine> getThreads() {
        if (threads == null) {
            threads = messaging.threads();
        }
        return threads;
    }

    public long getUnread() {
        if (unread == null) {
            unread = messaging.unreadReplies();
        }
        return unread;
    }
}
