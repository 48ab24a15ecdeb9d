package org.compteassure.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compteassure.service.notification.DevMailbox;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;

/** What the test run's GreenMail received, read the same way from the client and from inside the server. */
public final class Mailbox {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /**
     * The notice of a sign-in from a browser never seen: any test that signs in from a second browser gets one, in
     * between the mails it counts, so {@link #awaitMail} leaves them out and {@link #awaitSignInNotice} reads them.
     */
    private static final String SIGN_IN_NOTICE = "Nouvelle connexion à votre compte";

    private Mailbox() {
    }

    /** An address no other test uses, so tests never see each other's mail. */
    public static String freshAddress(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    /** Waits for the n-th mail to an address: mail leaves through the outbox after its transaction commits. */
    public static ReceivedMail awaitMail(String address, int count) {
        return await(address, count, false);
    }

    /** Waits for the n-th notice of a sign-in from a new browser to an address. */
    public static ReceivedMail awaitSignInNotice(String address, int count) {
        return await(address, count, true);
    }

    /** The notices of sign-ins from new browsers received so far. */
    public static int signInNotices(String address) {
        return mails(new DevMailbox(sinkUrl()), address, true).size();
    }

    private static List<ReceivedMail> mails(DevMailbox sink, String address, boolean signInNotices) {
        return sink.to(address).stream()
                .filter(mail -> mail.subject().startsWith(SIGN_IN_NOTICE) == signInNotices)
                .toList();
    }

    private static ReceivedMail await(String address, int count, boolean signInNotices) {
        DevMailbox sink = new DevMailbox(sinkUrl());
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            List<ReceivedMail> mails = mails(sink, address, signInNotices);
            if (mails.size() >= count) {
                return mails.get(count - 1);
            }
            pause();
        }
        return fail("No mail number " + count + " for " + address + " within " + PATIENCE);
    }

    /** From the client, failsafe's property; inside the server, the environment the build gave it (ports may be shifted). */
    private static String sinkUrl() {
        String port = System.getProperty("sink.api.port");
        return port != null ? "http://127.0.0.1:" + port
                : System.getenv().getOrDefault("CA_DEV_MAILBOX_URL", "http://127.0.0.1:2580");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
