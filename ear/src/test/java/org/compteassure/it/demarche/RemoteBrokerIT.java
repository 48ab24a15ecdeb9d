package org.compteassure.it.demarche;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.People;
import org.compteassure.it.support.TestAccounts;
import org.compteassure.it.support.TestClock;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.notification.OutboundMessage;
import org.compteassure.persistence.notification.OutboxDelivery;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.notification.BackOfficeDispatcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The drill of issue 17: démarches sent to a standalone Artemis broker (unpacked from Maven Central by the build,
 * with a login), which is killed in the middle of the run and started again; every démarche reaches its queue
 * exactly once. In the normal suite the test points the server at that broker for its own duration, with a few
 * démarches; in the profile {@code broker-drill} the whole server is configured for it ({@code CA_JMS_URL},
 * {@code CA_JMS_USER}, {@code CA_JMS_PASSWORD}) and the drill makes hundreds.
 */
@ExtendWith(ArquillianExtension.class)
class RemoteBrokerIT {

    private static final Logger LOG = Logger.getLogger(RemoteBrokerIT.class.getName());
    private static final String URL = "compteassure.jms.url";
    private static final String USER = "compteassure.jms.user";
    private static final String PASSWORD = "compteassure.jms.password";

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDemarches.deployment(RemoteBrokerIT.class, StandaloneBroker.class);
    }

    @Inject
    private Transactions tx;

    @Inject
    private TestClock testClock;

    @EJB
    private DemarcheService demarches;

    @EJB
    private BackOfficeDispatcher dispatcher;

    @Test
    void noDemarcheIsLostNorSentTwiceWhenTheBrokerIsKilledInTheMiddleOfARun() {
        int total = Integer.parseInt(System.getenv("IT_DRILL_DEMARCHES"));
        long began = System.nanoTime();
        try (StandaloneBroker standalone = StandaloneBroker.fresh()) {
            double firstStart = (System.nanoTime() - began) / 1e9;
            String configured = System.getProperty(URL, "");
            if (!configured.isEmpty()) {
                assertEquals(standalone.url, configured, "CA_JMS_URL points the server at the drill's broker");
            }
            List<String> previous = List.of(configured, System.getProperty(USER, ""), System.getProperty(PASSWORD, ""));
            System.setProperty(URL, standalone.url);
            System.setProperty(USER, standalone.user);
            System.setProperty(PASSWORD, standalone.password);
            try {
                People.Person who = People.fresh(true);
                long account = TestAccounts.create(tx, who);
                List<String> numbers = new ArrayList<>();
                open(account, total / 3, numbers);
                // Each démarche is sent right after its commit, asynchronously: once the first is on the broker (its
                // journal), the last ones are still in flight when it dies.
                awaitSent(numbers.get(0));
                standalone.kill();
                List<String> whileDown = open(account, total / 3, new ArrayList<>());
                numbers.addAll(whileDown);
                // A send to a broker that is down fails in about 2 s (Artemis's connection attempt), one after the
                // other: in a long drill, most are not tried yet when it comes back, and wait all the same.
                awaitFailure(numbers);
                for (String number : whileDown) {
                    OutboxDelivery waiting = row(number);
                    assertEquals(OutboxDelivery.Status.PENDING, waiting.getStatus(), number + " waits in the outbox");
                    if (waiting.getAttempts() > 0) {
                        assertTrue(waiting.getLastError().startsWith("JMSRuntimeException"), waiting.getLastError());
                        assertTrue(waiting.getNextAttemptAt().isAfter(waiting.getCreatedAt()), "tried again later");
                    }
                }
                double restart = standalone.start();
                open(account, total - numbers.size(), numbers);
                deliverAll(numbers);

                // Delivery is at least once: a send that the kill cut after the broker stored it but before it
                // answered is sent again, and Artemis's duplicate detection drops that resend in most runs but not
                // all (seen once: the one démarche in flight at the kill arrived twice). So what the back office is
                // promised, and what is checked: every démarche arrives, none is lost, and every copy of one is the
                // same message, recognised by its numero (docs/back-office.md, "Duplicates").
                Map<String, Set<String>> received = new TreeMap<>();
                long copies = standalone.drain(DemarcheService.QUEUE, 10_000).stream()
                        .filter(text -> nir(text).equals(who.nir15()))
                        .peek(RemoteBrokerIT::checkSchema)
                        .peek(text -> received.computeIfAbsent(read(text).getString("numero"), n -> new HashSet<>())
                                .add(text))
                        .count();
                assertEquals(numbers.stream().sorted().toList(), List.copyOf(received.keySet()), "every démarche");
                received.forEach((number, texts) -> assertEquals(1, texts.size(), number + ": every copy the same"));
                assertTrue(copies - numbers.size() <= 1, "at most the one send cut by the kill twice: "
                        + (copies - numbers.size()));
                LOG.info(String.format("Broker drill: %d démarches, %d copies received; broker started in %.1f s,"
                        + " restarted in %.1f s; drill %.1f s", total, copies, firstStart, restart,
                        (System.nanoTime() - began) / 1e9));
            } finally {
                System.setProperty(URL, previous.get(0));
                System.setProperty(USER, previous.get(1));
                System.setProperty(PASSWORD, previous.get(2));
                testClock.reset();
            }
        }
    }

    /** {@code count} IBAN changes of that person, each in its own transaction as a request would be. */
    private List<String> open(long account, int count, List<String> into) {
        for (int i = 0; i < count; i++) {
            into.add(TestDemarches.ibanChange(tx, demarches, account));
        }
        return into;
    }

    /** Runs the outbox's retries (time moved past every back-off) until each of these rows is sent. */
    private void deliverAll(List<String> numbers) {
        for (int round = 0; round < 20; round++) {
            if (numbers.stream().allMatch(n -> row(n).getStatus() == OutboxDelivery.Status.SENT)) {
                return;
            }
            testClock.advance(Duration.ofMinutes(61));
            Callers.asSystem(dispatcher::dispatchDue);
        }
        throw new AssertionError("some démarches were never sent: " + numbers.stream()
                .filter(n -> row(n).getStatus() != OutboxDelivery.Status.SENT).toList());
    }

    /** Waits until one of these rows has failed a send, and checks that it says why. */
    private void awaitFailure(List<String> numbers) {
        for (int i = 0; i < 600; i++) {
            Optional<OutboxDelivery> failed = numbers.stream().map(this::row).filter(d -> d.getAttempts() > 0)
                    .filter(d -> d.getStatus() == OutboxDelivery.Status.PENDING).findFirst();
            if (failed.isPresent()) {
                assertTrue(failed.get().getLastError().startsWith("JMSRuntimeException"), failed.get().getLastError());
                return;
            }
            TestDemarches.pause();
        }
        throw new AssertionError("no send failed while the broker was down");
    }

    private void awaitSent(String number) {
        for (int i = 0; i < 300; i++) {
            if (row(number).getStatus() == OutboxDelivery.Status.SENT) {
                return;
            }
            TestDemarches.pause();
        }
        throw new AssertionError(number + " was never sent");
    }

    private OutboxDelivery row(String number) {
        return tx.call(em -> em.createNamedQuery("OutboundMessage.findByKey", OutboundMessage.class)
                .setParameter("key", number).getSingleResult().getDelivery());
    }

    private static void checkSchema(String text) {
        List<String> errors = MessageSchema.errors(text);
        assertTrue(errors.isEmpty(), () -> "against its schema: " + errors);
    }

    private static String nir(String text) {
        return read(text).getJsonObject("assure").getString("nir");
    }

    private static JsonObject read(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
