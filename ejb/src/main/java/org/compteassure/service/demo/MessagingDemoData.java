package org.compteassure.service.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.platform.Installation;

/**
 * Demo threads (embedded default only, loaded once): Marie DUPONT has a reply to read, Jean MARTIN waits for an
 * answer for three days, so the adviser's inbox shows one past 48 hours (README, "Secure messaging").
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class MessagingDemoData {

    @Inject
    private EntityManager em;

    @Inject
    private Installation installation;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!installation.isEmbedded() || em.createQuery("SELECT COUNT(t) FROM MessageThread t", Long.class)
                .getSingleResult() > 0) {
            return;
        }
        Instant now = clock.instant();
        person("2850575056123").ifPresent(marie -> {
            Instant asked = now.minus(Duration.ofDays(1));
            MessageThread thread = new MessageThread(marie, Subject.REIMBURSEMENTS, asked);
            thread.add(Message.Kind.FROM_INSURED, null, "Bonjour,\nma consultation du 3 novembre n'apparaît pas "
                    + "dans mes remboursements. Pouvez-vous vérifier ?\nMerci,\nMarie Dupont", asked);
            thread.add(Message.Kind.REPLY, DemoData.ADVISER, "Bonjour Madame,\nla feuille de soins est bien arrivée ; "
                    + "le remboursement sera versé sous 5 jours.\nBien cordialement,\nClaire Conseil", now);
            em.persist(thread);
        });
        person("178112A004045").ifPresent(jean -> {
            Instant asked = now.minus(Duration.ofDays(3));
            MessageThread thread = new MessageThread(jean, Subject.VITALE_CARD, asked);
            thread.add(Message.Kind.FROM_INSURED, null, "Ma carte Vitale ne fonctionne plus chez le pharmacien. "
                    + "Comment en obtenir une nouvelle ?", asked);
            em.persist(thread);
        });
    }

    private Optional<InsuredPerson> person(String nir) {
        return AccountQueries.person(em, Nir.parse(nir, false));
    }
}
