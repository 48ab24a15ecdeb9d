package org.compteassure.service.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import java.time.Instant;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.security.Roles;

/**
 * Demo threads (embedded default only, loaded once): Marie DUPONT has a reply to read, Jean MARTIN waits for an
 * answer for three days, so the adviser's inbox shows one past 48 hours (docs/features.md, "Secure messaging").
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RolesAllowed(Roles.SYSTEM)
public class MessagingDemoData extends DemoSet {

    @Override
    boolean isLoaded() {
        return em.createQuery("SELECT COUNT(t) FROM MessageThread t", Long.class).getSingleResult() > 0;
    }

    @Override
    void add() {
        Instant now = clock.instant();
        registered(MARIE).ifPresent(marie -> {
            Instant asked = now.minus(Duration.ofDays(1));
            MessageThread thread = new MessageThread(marie, Subject.REIMBURSEMENTS, asked);
            thread.add(Message.Kind.FROM_INSURED, null, "Bonjour,\nma consultation du 3 novembre n'apparaît pas "
                    + "dans mes remboursements. Pouvez-vous vérifier ?\nMerci,\nMarie Dupont", asked);
            thread.add(Message.Kind.REPLY, DemoData.ADVISER, "Bonjour Madame,\nla feuille de soins est bien arrivée ; "
                    + "le remboursement sera versé sous 5 jours.\nBien cordialement,\nClaire Conseil", now);
            em.persist(thread);
        });
        registered(JEAN).ifPresent(jean -> {
            Instant asked = now.minus(Duration.ofDays(3));
            MessageThread thread = new MessageThread(jean, Subject.VITALE_CARD, asked);
            thread.add(Message.Kind.FROM_INSURED, null, "Ma carte Vitale ne fonctionne plus chez le pharmacien. "
                    + "Comment en obtenir une nouvelle ?", asked);
            em.persist(thread);
        });
    }
}
