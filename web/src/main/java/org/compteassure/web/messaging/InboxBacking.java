package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.web.platform.Messages;

/** /conseiller/messagerie: open threads, oldest first, with their age; those past 48 hours stand out. */
@Named
@RequestScoped
public class InboxBacking {

    @EJB
    private AdviserDeskService desk;

    @Inject
    private Clock clock;

    private List<MessageThread> threads;

    public List<MessageThread> getThreads() {
        if (threads == null) {
            threads = desk.inbox();
        }
        return threads;
    }

    public boolean isLate(MessageThread thread) {
        return age(thread.getCreatedAt()).compareTo(AdviserDeskService.ANSWER_TARGET) > 0;
    }

    /** "3 j 4 h", "5 h", as advisers read ages at a glance. */
    public String ageOf(MessageThread thread) {
        Duration age = age(thread.getCreatedAt());
        return age.toDays() > 0 ? Messages.text("conseiller-messagerie.age.days", age.toDays(), age.toHoursPart())
                : Messages.text("conseiller-messagerie.age.hours", age.toHours());
    }

    private Duration age(Instant since) {
        return Duration.between(since, clock.instant());
    }
}
