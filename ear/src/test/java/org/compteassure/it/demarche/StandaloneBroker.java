package org.compteassure.it.demarche;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The standalone ActiveMQ Artemis broker that the build unpacked from Maven Central and made an instance of
 * (ear/pom.xml, {@code artemis create}): started, killed and started again by the in-container test, from inside the
 * server, as a fund's broker that crashes. The instance, its URL and its login come from the server's environment
 * (failsafe). Its journal is emptied at the first start, so a run sees only its own messages.
 */
final class StandaloneBroker implements AutoCloseable {

    final String url = System.getenv("IT_BROKER_URL");
    final String user = System.getenv("IT_BROKER_USER");
    final String password = System.getenv("IT_BROKER_PASSWORD");
    private final Path instance = Path.of(System.getenv("IT_ARTEMIS_INSTANCE"));
    /** The broker of an earlier run that died before stopping it (its pid), killed before this one starts. */
    private final Path pidFile = instance.resolve("broker.pid");
    private Process process;

    /** Empties the journal of earlier runs, then starts the broker. */
    static StandaloneBroker fresh() {
        StandaloneBroker broker = new StandaloneBroker();
        broker.killLeftOver();
        broker.deleteData();
        broker.start();
        return broker;
    }

    /** Starts the broker (on its existing journal) and waits until its acceptor answers; returns the seconds taken. */
    double start() {
        long began = System.nanoTime();
        try {
            process = new ProcessBuilder("sh", instance.resolve("bin/artemis").toString(), "run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.resolve("log/console.log").toFile()))
                    .start();
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URI address = URI.create(url);
        for (int i = 0; i < 600; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker stopped at once; see " + instance.resolve("log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), 200);
                return (System.nanoTime() - began) / 1e9;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException("the broker did not listen on " + url + " within 60 s");
    }

    /** Kills the broker outright (SIGKILL: no shutdown, as a crash or a pulled plug), and waits until it is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every text message now on the queue (consumed), waiting up to {@code firstWaitMillis} for the first. */
    List<String> drain(String queue, long firstWaitMillis) {
        try (JMSContext context = factory().createContext(user, password)) {
            JMSConsumer consumer = context.createConsumer(context.createQueue(queue));
            List<String> texts = new ArrayList<>();
            Message message = consumer.receive(firstWaitMillis);
            while (message != null) {
                texts.add(((TextMessage) message).getText());
                message = consumer.receive(2_000);
            }
            return texts;
        } catch (JMSException | NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A graceful stop (SIGTERM: Artemis's shutdown hook). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
            Files.deleteIfExists(pidFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client factory by Artemis's own JNDI, as the portal's Broker makes it (no compile-time Artemis classes). */
    private ConnectionFactory factory() throws NamingException {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "org.apache.activemq.artemis.jndi.ActiveMQInitialContextFactory");
        environment.put("connectionFactory.Drill", url);
        InitialContext jndi = new InitialContext(environment);
        try {
            return (ConnectionFactory) jndi.lookup("Drill");
        } finally {
            jndi.close();
        }
    }

    private void killLeftOver() {
        try {
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(left -> {
                    left.destroyForcibly();
                    left.onExit().join();
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteData() {
        Path data = instance.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
