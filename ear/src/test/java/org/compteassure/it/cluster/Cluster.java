package org.compteassure.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two WildFly nodes of the same EAR (standalone-ha.xml, configured by configure.cli and cluster-node.cli), WildFly's
 * own balancer in front (standalone-load-balancer.xml, cluster-balancer.cli) and the standalone Artemis broker the
 * démarches go to, on one machine with port offsets, against one PostgreSQL. Each server runs from a base directory
 * of its own (a copy of {@code standalone/}), so that no two share a data directory (the embedded Artemis journal
 * lock, the session passivation store). {@code mvn -Pcluster package} runs {@link #main} (Ctrl-C stops all); the
 * drill ({@code -Pcluster-drill}) starts, kills and restarts nodes through the same methods. Settings: system
 * properties {@code cluster.*} (ear/pom.xml, profile cluster), docs/operations.md, "Cluster".
 */
public final class Cluster implements AutoCloseable {

    /** A server of the cluster: its name (jboss.node.name, the route in the session cookie) and port offset. */
    public record Server(String name, int offset) {
        public int httpPort() {
            return 8080 + offset;
        }

        public int managementPort() {
            return 9990 + offset;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path jbossHome = Path.of(System.getProperty("jboss.home"));
    private final Path ear = Path.of(System.getProperty("compteassure.ear"));
    private final Path work = Path.of(System.getProperty("cluster.work"));
    private final String jvmArgs = System.getProperty("cluster.jvm.args", "-Xms768m -Xmx768m");
    public final Server node1 = new Server("node-1", Integer.getInteger("cluster.node1.offset", 0));
    public final Server node2 = new Server("node-2", Integer.getInteger("cluster.node2.offset", 100));
    public final Server balancer = new Server("balancer", Integer.getInteger("cluster.balancer.offset", 200));
    private final Map<String, Process> running = new LinkedHashMap<>();
    /** How each server was last started (configuration, environment over the cluster's), for {@link #restart}. */
    private final Map<String, Launch> launches = new LinkedHashMap<>();
    private record Launch(String config, Map<String, String> environment) {
    }
    private Process broker;

    /** The address people use: the balancer's. */
    public String url() {
        return "http://localhost:" + balancer.httpPort();
    }

    public static void main(String[] args) throws Exception {
        Cluster cluster = new Cluster();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        cluster.startAll();
        System.out.printf("%nCluster ready: %s (the balancer; nodes on %d and %d). Ctrl-C stops everything.%n%n",
                cluster.url(), cluster.node1.httpPort(), cluster.node2.httpPort());
        Thread.currentThread().join();
    }

    /** Broker, balancer, node 1, then node 2 once node 1 has migrated the schema and loaded what it loads. */
    public void startAll() {
        startBroker();
        prepare(balancer, null);
        start(balancer, "standalone-load-balancer.xml", Map.of());
        awaitAnswer(balancer, URI.create(url() + "/"), false, Duration.ofSeconds(180));
        for (Server node : List.of(node1, node2)) {
            prepare(node, ear);
            startNode(node);
        }
    }

    /** Starts a node (its base directory as left by an earlier run or kill) and waits until it serves the EAR. */
    public void startNode(Server node) {
        start(node, "standalone-ha.xml", Map.of());
        awaitReady(node);
    }

    /**
     * A server outside the cluster, for drills that kill a lone server: standalone.xml, a fresh base directory with
     * this deployment, the cluster's environment with {@code environment} over it; waits until it serves the EAR.
     */
    public void startStandalone(Server server, Path deployment, Map<String, String> environment) {
        prepare(server, deployment);
        start(server, "standalone.xml", environment);
        awaitReady(server);
    }

    /** Starts a server again as it was last started (its base directory as the kill left it); waits until ready. */
    public void restart(Server server) {
        Launch launch = launches.get(server.name());
        start(server, launch.config(), launch.environment());
        awaitReady(server);
    }

    private void awaitReady(Server server) {
        awaitAnswer(server, URI.create("http://127.0.0.1:" + server.managementPort() + "/health/ready"), true,
                Duration.ofSeconds(420));
    }

    public boolean isRunning(Server node) {
        return running.containsKey(node.name());
    }

    /** kill -9 of the node's JVM: no shutdown, no goodbye to the cluster or the balancer. */
    public void kill(Server node) {
        Process process = running.remove(node.name());
        jvm(process).ifPresent(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The node whose route the session cookie names (mod_cluster's sticky session: {@code id.node-1}). */
    public Server holding(String sessionCookie) {
        return sessionCookie.endsWith("." + node2.name()) ? node2 : node1;
    }

    /** The node of that name (jboss.node.name, as the database records an import's owner). */
    public Server node(String name) {
        return List.of(node1, node2).stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + name));
    }

    public Server other(Server node) {
        return node == node1 ? node2 : node1;
    }

    /** Graceful stop of everything started (SIGTERM: WildFly's and Artemis's shutdown hooks). */
    @Override
    public synchronized void close() {
        List<Process> all = new ArrayList<>(running.values());
        running.clear();
        if (broker != null) {
            all.add(broker);
            broker = null;
        }
        for (Process process : all) {
            jvm(process).ifPresent(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : all) {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    jvm(process).ifPresent(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void startBroker() {
        Path instance = Path.of(System.getProperty("cluster.artemis.instance"));
        delete(instance.resolve("data"));
        try {
            Files.createDirectories(instance.resolve("log"));
            broker = new ProcessBuilder("sh", instance.resolve("bin/artemis").toString(), "run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.resolve("log/console.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh base directory: the configured standalone/configuration, and the deployment (the EAR) if any. */
    private void prepare(Server server, Path deployment) {
        Path base = work.resolve(server.name());
        delete(base);
        try {
            copy(jbossHome.resolve("standalone/configuration"), base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            if (deployment != null) {
                Files.copy(deployment, base.resolve("deployments").resolve(deployment.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(Server server, String config, Map<String, String> environment) {
        launches.put(server.name(), new Launch(config, Map.copyOf(environment)));
        Path base = work.resolve(server.name());
        List<String> command = List.of("sh", jbossHome.resolve("bin/standalone.sh").toString(), "-c", config,
                "-Djboss.server.base.dir=" + base, "-Djboss.node.name=" + server.name(),
                "-Djboss.socket.binding.port-offset=" + server.offset());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        Map<String, String> env = builder.environment();
        // The balancer only forwards: a small heap.
        env.put("JAVA_OPTS", (server == balancer ? "-Xms128m -Xmx256m" : jvmArgs) + " -Djava.net.preferIPv4Stack=true");
        env.put("CA_DB_DRIVER", "postgresql");
        env.put("CA_DB_URL", System.getProperty("cluster.db.url", ""));
        env.put("CA_DB_USER", System.getProperty("cluster.db.user", ""));
        env.put("CA_DB_PASSWORD", System.getProperty("cluster.db.password", ""));
        env.put("CA_SMTP_HOST", "127.0.0.1");
        env.put("CA_SMTP_PORT", System.getProperty("sink.smtp.port", ""));
        env.put("CA_DEV_MAILBOX_URL", "http://127.0.0.1:" + System.getProperty("sink.api.port"));
        env.put("CA_BASE_URL", url());
        env.put("CA_DEMO", "true");
        env.put("CA_JMS_URL", System.getProperty("cluster.broker.url", ""));
        env.put("CA_JMS_USER", System.getProperty("cluster.broker.user", ""));
        env.put("CA_JMS_PASSWORD", System.getProperty("cluster.broker.password", ""));
        env.put("CA_CLUSTER_PEER1_PORT", Integer.toString(7600 + node1.offset()));
        env.put("CA_CLUSTER_PEER2_PORT", Integer.toString(7600 + node2.offset()));
        env.put("CA_BALANCER_MCMP_PORT", Integer.toString(8090 + balancer.offset()));
        String lease = System.getProperty("cluster.import.lease.seconds", "");
        if (!lease.isBlank()) {
            env.put("CA_IMPORT_LEASE_SECONDS", lease);
        }
        // Unset cluster.* settings (a server alone) are left out: the configuration's defaults apply.
        env.values().removeIf(String::isEmpty);
        env.putAll(environment);
        try {
            running.put(server.name(), builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Polls an address until it answers: 200 from a node's health (the EAR deployed, its checks up), anything from
     * the balancer (503 until a node registers).
     */
    private void awaitAnswer(Server server, URI health, boolean ok, Duration patience) {
        Process process = running.get(server.name());
        if (process == null) {
            throw new IllegalStateException(server.name() + " is not running");
        }
        awaitAnswer(process, server.name() + " (see " + work.resolve(server.name()).resolve("log/server.log") + ")",
                health, ok, patience);
    }

    /**
     * Polls {@code address} while {@code process} runs until it answers (with 200 if {@code ok}), at most
     * {@code patience}; {@code what} names the process in the failure.
     */
    public static void awaitAnswer(Process process, String what, URI address, boolean ok, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " stopped");
            }
            try {
                int status = HTTP.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (!ok || status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(500);
        }
        throw new IllegalStateException(what + " not ready within " + patience);
    }

    /** The WildFly JVM that standalone.sh started (its child running jboss-modules.jar). */
    private static Optional<ProcessHandle> jvm(Process script) {
        return script.descendants().filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar"))
                .orElse(false)).findFirst();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
