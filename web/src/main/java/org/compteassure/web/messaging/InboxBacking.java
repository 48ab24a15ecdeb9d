package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.messaging.AdviserDeskService.WaitingThread;
import org.compteassure.web.platform.Messages;

/**
 * /conseiller/messagerie: open threads, oldest first, with their age; those past 48 hours stand out. Advisers can
 * narrow it to one subject ({@code ?objet=REIMBURSEMENTS}), each subject showing how many threads wait.
 */
@Named
@RequestScoped
public class InboxBacking {

    @EJB
    private AdviserDeskService desk;

    @Inject
    private Clock clock;

    private List<WaitingThread> open;
    private String subject;

    private List<WaitingThread> open() {
        if (open == null) {
            open = desk.inbox();
        }
        return open;
    }

    /** The open threads of the chosen subject, or all of them (an unknown subject shows all). */
    public List<WaitingThread> getThreads() {
        return open().stream().filter(t -> subject == null || t.subject().name().equals(subject)).toList();
    }

    /** Each subject with its number of open threads, in the list's order. */
    public Map<Subject, Long> getCounts() {
        Map<Subject, Long> counts = new EnumMap<>(Subject.class);
        for (Subject s : Subject.values()) {
            counts.put(s, open().stream().filter(t -> t.subject() == s).count());
        }
        return counts;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public boolean isLate(WaitingThread thread) {
        return age(thread.waitingSince()).compareTo(AdviserDeskService.ANSWER_TARGET) > 0;
    }

    /** "3 j 4 h", "5 h", as advisers read ages at a glance. */
    public String ageOf(WaitingThread thread) {
        Duration age = age(thread.waitingSince());
        return age.toDays() > 0 ? Messages.text("conseiller-messagerie.age.days", age.toDays(), age.toHoursPart())
                : Messages.text("conseiller-messagerie.age.hours", age.toHours());
    }

    private Duration age(Instant since) {
        return Duration.between(since, clock.instant());
    }
}
