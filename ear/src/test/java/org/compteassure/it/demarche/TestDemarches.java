package org.compteassure.it.demarche;

import jakarta.json.Json;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.TestAccounts;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.demarche.DemarcheType;
import org.compteassure.service.demarche.DemarcheService;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the démarche tests share: their deployment, and a démarche made straight through the service. */
final class TestDemarches {

    private TestDemarches() {
    }

    /** The EAR with these test classes, the test people, the mailbox and the messages' schemas. */
    static EnterpriseArchive deployment(Class<?>... testClasses) {
        Class<?>[] classes = new Class<?>[testClasses.length + 5];
        System.arraycopy(testClasses, 0, classes, 0, testClasses.length);
        System.arraycopy(new Class<?>[] {TestDemarches.class, MessageSchema.class, People.class, Mailbox.class,
                TestAccounts.class}, 0, classes, testClasses.length, 5);
        EnterpriseArchive ear = Deployments.earWith(classes);
        MessageSchema.addTo(ear.getAsType(WebArchive.class, "web.war"));
        return ear;
    }

    /** An IBAN change of that person, in its own transaction as a request would make it; its number. */
    static String ibanChange(Transactions tx, DemarcheService demarches, long account) {
        return tx.call(em -> Callers.asInsured(account, () -> demarches.open(DemarcheType.IBAN_CHANGE,
                em.find(Account.class, account).getInsuredPerson(), "IBAN", Json.createObjectBuilder()
                        .add("iban", People.fresh(false).iban()).add("titulaire", "Camille Testeur").build())));
    }

    /** A tenth of a second between two looks at what another thread (the outbox, the listener) does. */
    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
