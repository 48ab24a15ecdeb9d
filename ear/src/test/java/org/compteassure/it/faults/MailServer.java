package org.compteassure.it.faults;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.compteassure.it.cluster.Cluster;
import org.compteassure.service.notification.DevMailbox;

/**
 * The mail server of the outbox drills, which they stop and start: the build's GreenMail (greenmail-standalone.jar,
 * the same as the tests' sink) run as a process of its own on its own ports, so that stopping it refuses connections
 * as a stopped relay does. Its mails live in its memory: a restarted server has received nothing yet. In its place,
 * {@link #silence()} listens on the same SMTP port with a socket that accepts connections and never answers.
 */
final class MailServer implements AutoCloseable {

    /** One received mail, by the headers the drills check. */
    record Received(String messageId, long outboxId, String subject) {
    }

    private static final Session PARSER = Session.getInstance(new Properties());

    private final int smtpPort;
    private final int imapPort;
    private final int apiPort;
    private final Path jar;
    private final Path log;
    private Process process;
    private ServerSocket silent;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final AtomicInteger silentConnections = new AtomicInteger();

    MailServer(int smtpPort, int imapPort, int apiPort, Path jar, Path log) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.apiPort = apiPort;
        this.jar = jar;
        this.log = log;
    }

    int smtpPort() {
        return smtpPort;
    }

    String apiUrl() {
        return "http://127.0.0.1:" + apiPort;
    }

    /** Starts the GreenMail process and waits until its API answers. */
    void start() {
        try {
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Dgreenmail.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                    "-Dgreenmail.imap.port=" + imapPort, "-Dgreenmail.api.port=" + apiPort,
                    "-Dgreenmail.auth.disabled", "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Its API starts after its SMTP and IMAP services.
        Cluster.awaitAnswer(process, "GreenMail (see " + log + ")", URI.create(apiUrl() + "/api/user"), true,
                Duration.ofSeconds(60));
    }

    /** Stops the GreenMail process (SIGTERM) and waits until it is gone: its SMTP port refuses connections. */
    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Whether something accepts a connection on the SMTP port. */
    boolean accepts() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), smtpPort)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /**
     * A relay that accepts every connection on the SMTP port and never says a word (no greeting, reads nothing): the
     * mail server must be stopped first.
     */
    void silence() {
        try {
            silent = new ServerSocket(smtpPort, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());
                    silentConnections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Closes the silent socket and every connection it holds; returns how many it accepted. */
    int unsilence() {
        try {
            silent.close();
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        held.clear();
        return silentConnections.getAndSet(0);
    }

    /** Every address the server received mail for. */
    List<String> addresses() {
        return new DevMailbox(apiUrl()).addresses();
    }

    /** The mails received for one address, oldest first, by Message-ID and the outbox row they came from. */
    List<Received> to(String address) {
        return new DevMailbox(apiUrl()).raw(address).stream().map(MailServer::decode).toList();
    }

    private static Received decode(String raw) {
        try {
            MimeMessage message = new MimeMessage(PARSER, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            String row = message.getHeader("X-Compte-Assure-Mail", null);
            return new Received(message.getMessageID(), row == null ? -1 : Long.parseLong(row.strip()),
                    message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException("Undecodable mail", e);
        }
    }

    @Override
    public void close() {
        if (silent != null && !silent.isClosed()) {
            unsilence();
        }
        stop();
    }
}
