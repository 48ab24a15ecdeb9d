package org.compteassure.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The soak (bench/README.md, "Soak"; issue 19): the journey mix of {@code JourneySimulation} for {@code soak.minutes}
 * by {@code soak.users} people at once, against a WildFly of this build on a PostgreSQL database of its own, and what
 * must hold over that time, read from the server itself:
 * <ul>
 * <li>no failed request (Gatling's assertion; its HTML report gives p50/p95/p99 per page);</li>
 * <li>the old generation after a full collection (asked with {@code jcmd GC.run}, read from the server's GC log,
 * {@code -Xlog:gc*}, kept with the report) at the baseline minute and at the end within {@code soak.heapTolerance}
 * percent (10);</li>
 * <li>no growth of the server's threads and open files ({@code /proc}), its pooled database connections (WildFly's
 * datasource statistics, on the management interface's /metrics) or the database's own count of them
 * ({@code pg_stat_activity}) between the baseline minute and the end, beyond {@code soak.resourceTolerance} percent
 * (10) — sampled every {@code soak.sampleSeconds} (30) into samples.csv.</li>
 * </ul>
 * Run by {@code mvn -Pbench,soak verify -pl bench -am} (the parent's soak profile packages the EAR and its WildFly
 * without running their tests): it drops and creates the database {@code soak.db} (ca_soak), fills it with
 * {@link PaymentDataset} ({@code soak.people}, 10 000: 5 000 people with an e-mail address), starts the dev mail sink
 * and WildFly (ports shifted by {@code soak.port.offset}), runs Gatling in this JVM, stops both, drops the database,
 * writes soak.txt with the figures and the verdicts into Gatling's report folder, and fails when a verdict does.
 */
public final class Soak {

    private static final Pattern FULL_GC = Pattern.compile("GC\\((\\d+)\\) Pause Full \\((?:System\\.gc\\(\\)|Diagnostic Command)\\) "
            + "(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern REGION_SIZE = Pattern.compile("Heap Region Size: (\\d+)M");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int minutes = Integer.getInteger("soak.minutes", 30);
    private final int users = Integer.getInteger("soak.users", 50);
    private final int baselineMinute = Integer.getInteger("soak.baseline", Math.max(1, Math.min(5, minutes / 3)));
    private final int sampleSeconds = Integer.getInteger("soak.sampleSeconds", 30);
    /**
     * Whether a growth fails the soak: by default from 10 minutes on. A shorter run's baseline falls while the pool
     * still opens connections for the first bursts (3 minutes: 20 open at minute 1, 32 at the end, none leaked):
     * its readings are reported, and only a failed request fails it.
     */
    private final boolean growthFails = Boolean.parseBoolean(System.getProperty("soak.growthFails",
            Boolean.toString(minutes >= 10)));
    private final double heapTolerance = Double.parseDouble(System.getProperty("soak.heapTolerance", "10"));
    private final double resourceTolerance = Double.parseDouble(System.getProperty("soak.resourceTolerance", "10"));
    private final long people = Long.getLong("soak.people", 10_000L);
    private final String thinkMin = System.getProperty("soak.thinkMin", "5");
    private final String thinkMax = System.getProperty("soak.thinkMax", "15");
    private final String db = System.getProperty("soak.db", "ca_soak");
    private final String pg = System.getProperty("soak.pg", "jdbc:postgresql://127.0.0.1:5432/");
    private final String pgUser = System.getProperty("soak.pg.user", "postgres");
    private final String pgPassword = System.getProperty("soak.pg.password", "postgres");
    private final int offset = Integer.getInteger("soak.port.offset", 0);
    private final int smtpPort = Integer.getInteger("sink.smtp.port", 2525 + offset);
    private final int imapPort = Integer.getInteger("sink.imap.port", 2143 + offset);
    private final int apiPort = Integer.getInteger("sink.api.port", 2580 + offset);
    private final Path jbossHome = Path.of(System.getProperty("soak.jboss.home"));
    private final Path ear = Path.of(System.getProperty("soak.ear"));
    private final Path sinkJar = Path.of(System.getProperty("soak.sink.jar"));
    private final Path work = Path.of(System.getProperty("soak.work"));
    private final Path results = Path.of(System.getProperty("soak.results"));
    private final String url = "http://127.0.0.1:" + (8080 + offset);
    private final String management = "http://127.0.0.1:" + (9990 + offset);
    private final Path gcLog = work.resolve("gc.log");
    private final List<String> failures = new ArrayList<>();
    private final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());

    private Process sink;
    private Process server;

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        Soak soak = new Soak();
        soak.run();
        if (!soak.failures.isEmpty()) {
            throw new IllegalStateException("The soak failed: " + String.join("; ", soak.failures));
        }
    }

    private void run() throws Exception {
        long began = System.nanoTime();
        String database = pg + db;
        deleteTree(work);
        Files.createDirectories(work);
        say("Soak: %d users for %d min (baseline at minute %d), %s; load average %s, %d processors (%s)", users,
                minutes, baselineMinute, Instant.now(), ServerProcess.loadAverage(),
                Runtime.getRuntime().availableProcessors(), ServerProcess.cpuModel());
        try {
            sql("DROP DATABASE IF EXISTS " + db);
            sql("CREATE DATABASE " + db);
            System.setProperty("bench.db", database);
            System.setProperty("bench.user", pgUser);
            System.setProperty("bench.password", pgPassword);
            System.setProperty("bench.people", Long.toString(people));
            long dataset = System.nanoTime();
            PaymentDataset.main(new String[0]);
            say("Dataset: %,d people, %,d payments in %.0f s", people, people * PaymentDataset.PAYMENTS_PER_PERSON,
                    seconds(dataset));
            long start = System.nanoTime();
            startSink();
            startServer(database);
            awaitReady(Duration.ofMinutes(5));
            long pid = jvm().map(ProcessHandle::pid).orElseThrow();
            say("Server (pid %d) ready in %.0f s: %s", pid, seconds(start), url);
            load(pid);
        } finally {
            stop();
            try {
                sql("DROP DATABASE IF EXISTS " + db);
            } catch (SQLException e) {
                say("Could not drop %s: %s", db, e.getMessage());
            }
            say("Whole soak: %.0f s (dataset, server start, load, stop)", seconds(began));
            report();
        }
    }

    /** Gatling's run, with the server sampled beside it; then the verdicts. */
    private void load(long pid) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp", classpath()));
        for (String[] option : new String[][] {
            {"url", url}, {"sink", "http://127.0.0.1:" + apiPort}, {"serverPid", Long.toString(pid)},
            {"users", Integer.toString(users)}, {"duration", Integer.toString(minutes * 60)},
            {"warmup", Integer.toString(baselineMinute * 60)}, {"population", Long.toString(people)},
            {"thinkMin", thinkMin}, {"thinkMax", thinkMax}, {"ramp", Integer.toString(Math.min(60, minutes * 60 / 3))}, {"maxFailed", "0"}, {"sinkPid", Long.toString(sink.pid())}}) {
            command.add("-Dbench." + option[0] + "=" + option[1]);
        }
        command.addAll(List.of("io.gatling.app.Gatling",
                "--simulation", "org.compteassure.bench.journey.JourneySimulation",
                "--results-folder", results.toString(),
                "--run-description", "Compte Assuré soak: " + users + " users, " + minutes + " min"));
        Files.createDirectories(results);
        Sampler sampler = new Sampler(pid);
        Thread sampling = new Thread(sampler, "soak-sampler");
        sampling.setDaemon(true);
        // Gatling in a JVM of its own (as its Maven plugin runs it): its CPU and heap apart from this one's.
        Process gatling = new ProcessBuilder(command).inheritIO().start();
        sampling.start();
        int status = gatling.waitFor();
        // The people still on the portal at the end finish their journey: the end's reading is usually taken by
        // then; if Gatling stopped before it (a failure), the readings so far.
        if (System.nanoTime() - sampler.startNanos < TimeUnit.MINUTES.toNanos(minutes)) {
            sampling.interrupt();
        }
        sampling.join(TimeUnit.MINUTES.toMillis(5));
        if (status != 0) {
            failures.add("Gatling ended with status " + status + " (2: an assertion failed, i.e. a request failed)");
        }
        say("Gatling: status %d (0: every assertion held)", status);
        sampler.verdicts();
    }

    /** This program's class path (exec:java's class loader: the module's test class path), for Gatling's JVM. */
    private static String classpath() {
        if (!(Soak.class.getClassLoader() instanceof URLClassLoader loader)) {
            return System.getProperty("java.class.path");
        }
        List<String> entries = new ArrayList<>();
        for (URL entry : loader.getURLs()) {
            try {
                entries.add(Path.of(entry.toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Reads the server every sampleSeconds; at the baseline minute and at the end, a full collection first. */
    private final class Sampler implements Runnable {
        private final long pid;
        final long startNanos = System.nanoTime();
        private final List<String> csv = new ArrayList<>(List.of(
                "seconds,threads,open_files,pool_in_use,pool_active,pool_idle,pg_connections,heap_used_mib,load1"));
        private long[] baseline;
        private long[] end;

        Sampler(long pid) {
            this.pid = pid;
        }

        @Override
        public void run() {
            long baselineAt = baselineMinute * 60L;
            long endAt = minutes * 60L - 5;
            List<Long> times = new ArrayList<>(List.of(baselineAt, endAt));
            for (long t = 0; t < endAt; t += sampleSeconds) {
                if (t != baselineAt) {
                    times.add(t);
                }
            }
            times.sort(null);
            try {
                for (long at : times) {
                    sleepUntil(at);
                    long[] sample = sample(at);
                    if (at == baselineAt) {
                        baseline = withOldGen(sample);
                    } else if (at == endAt) {
                        end = withOldGen(sample);
                    }
                }
            } catch (InterruptedException stopped) {
                // Gatling ended first: the samples so far
            }
            write();
        }

        private void sleepUntil(long second) throws InterruptedException {
            long wait = startNanos + TimeUnit.SECONDS.toNanos(second) - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }

        /** threads, open files, pool in use, active, idle, PostgreSQL's connections to the database, heap used MiB. */
        private long[] sample(long at) {
            // Slow on a loaded machine (every subsystem's metrics): a minute's patience.
            String metrics = get(management + "/metrics", Duration.ofSeconds(60));
            long[] sample = {
                status("Threads"), openFiles(),
                metric(metrics, "datasources_pool_in_use_count"), metric(metrics, "datasources_pool_active_count"),
                metric(metrics, "datasources_pool_idle_count"),
                pgConnections(), mib(metric(metrics, "jvm_memory_used_bytes", "area=\"heap\"")), -1, -1, at};
            csv.add(String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%d,%d,%d,%s", at, sample[0], sample[1], sample[2],
                    sample[3], sample[4], sample[5], sample[6], ServerProcess.loadAverage().split(" ")[0]));
            return sample;
        }

        /** The sample, with the old generation (MiB) and heap after a full collection asked now, at [7] and [8]. */
        private long[] withOldGen(long[] sample) {
            long[] oldGen = fullCollection(pid);
            sample[7] = oldGen[0];
            sample[8] = oldGen[1];
            return sample;
        }

        private static long mib(long bytes) {
            return bytes < 0 ? -1 : bytes >> 20;
        }

        private long status(String field) {
            try {
                return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                        .filter(line -> line.startsWith(field + ":"))
                        .mapToLong(line -> Long.parseLong(line.substring(field.length() + 1).trim()))
                        .findFirst().orElse(-1);
            } catch (IOException e) {
                return -1;
            }
        }

        private long openFiles() {
            try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
                return fds.count();
            } catch (IOException e) {
                return -1;
            }
        }

        private void write() {
            try {
                Files.write(work.resolve("samples.csv"), csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void verdicts() {
            if (baseline == null || end == null) {
                failures.add("the server was not sampled at minute " + baselineMinute + " and at the end");
                return;
            }
            if (!growthFails) {
                say("Growth reported, not judged (a run under 10 minutes, or -Dsoak.growthFails=false)");
            }
            say("%-34s %12s %12s", "", "minute " + baselineMinute, "minute " + String.format(Locale.ROOT, "%.1f",
                    end[9] / 60.0));
            check("old generation after full GC, MiB", baseline[7], end[7], heapTolerance);
            say("%-34s %12d %12d", "heap after full GC, MiB", baseline[8], end[8]);
            check("threads", baseline[0], end[0], resourceTolerance);
            check("open files", baseline[1], end[1], resourceTolerance);
            // In use at one instant is the requests of that instant: reported, not a measure of growth (a leak shows
            // as open connections, which a leaked one keeps, and as PostgreSQL's count).
            say("%-34s %12d %12d", "pooled connections in use", baseline[2], end[2]);
            say("%-34s %12d %12d", "pooled connections idle", baseline[4], end[4]);
            check("pooled connections open", baseline[3], end[3], resourceTolerance);
            check("PostgreSQL connections", baseline[5], end[5], resourceTolerance);
        }

        /**
         * No growth: the end at most tolerance % over the baseline. Counts that small (the connections in use at an
         * instant) may differ by one either way without growing: one more is tolerated.
         */
        private void check(String what, long at, long later, double tolerance) {
            boolean measured = at >= 0 && later >= 0;
            boolean grew = measured && later > Math.max(at * (1 + tolerance / 100), at + 1);
            say("%-34s %12d %12d  %s", what, at, later, !measured ? "NOT MEASURED"
                    : grew ? "GREW beyond " + tolerance + " %" : "ok (≤ +" + tolerance + " %)");
            if (!growthFails) {
                return;
            }
            if (!measured) {
                failures.add(what + " not measured");
            } else if (grew) {
                failures.add(what + " grew from " + at + " to " + later);
            }
        }
    }

    /** Old generation and whole heap after a full collection (jcmd GC.run: "Diagnostic Command") of the server (MiB), from its GC log. */
    private long[] fullCollection(long pid) {
        // JDK 17's G1 drops an explicit collection asked while a JNI critical section holds the GC locker (seen at
        // the end of a 30-minute run): asked again, up to three times, until the log has it.
        for (int attempt = 1; attempt <= 3; attempt++) {
            long[] collected = askFullCollection(pid);
            if (collected[0] >= 0) {
                return collected;
            }
            say("No full collection logged after GC.run (attempt %d of 3)", attempt);
        }
        return new long[] {-1, -1};
    }

    private long[] askFullCollection(long pid) {
        int before = fullCollections().size();
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.run").redirectErrorStream(true).redirectOutput(work.resolve("jcmd.log")
                    .toFile()).start();
            // Attaching takes long on a loaded machine (over a minute was seen): up to 3 minutes, then the log.
            jcmd.waitFor(3, TimeUnit.MINUTES);
            for (int i = 0; i < 40 && fullCollections().size() <= before; i++) {
                Thread.sleep(500);
            }
        } catch (IOException e) {
            return new long[] {-1, -1};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new long[] {-1, -1};
        }
        List<String[]> collections = fullCollections();
        if (collections.size() <= before) {
            return new long[] {-1, -1};
        }
        String[] last = collections.get(collections.size() - 1);
        return new long[] {oldRegions(last[0]) * regionMiB(), Long.parseLong(last[1])};
    }

    /** Each System.gc() full collection in the GC log: its number and the heap after it (MiB). */
    private List<String[]> fullCollections() {
        List<String[]> found = new ArrayList<>();
        for (String line : gcLines()) {
            Matcher full = FULL_GC.matcher(line);
            if (full.find()) {
                found.add(new String[] {full.group(1), full.group(3)});
            }
        }
        return found;
    }

    /** G1's "Old regions: before->after" of that collection. */
    private long oldRegions(String gc) {
        Pattern old = Pattern.compile("GC\\(" + gc + "\\) Old regions: \\d+->(\\d+)");
        return gcLines().stream().map(old::matcher).filter(Matcher::find).mapToLong(m -> Long.parseLong(m.group(1)))
                .findFirst().orElse(-1);
    }

    private long regionMiB() {
        return gcLines().stream().map(REGION_SIZE::matcher).filter(Matcher::find)
                .mapToLong(m -> Long.parseLong(m.group(1))).findFirst().orElse(-1);
    }

    private List<String> gcLines() {
        try {
            return Files.readAllLines(gcLog);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The sum of a Prometheus metric's samples (with that label, or else the datasource's), or -1. */
    private static long metric(String metrics, String name, String... label) {
        if (metrics == null) {
            return -1;
        }
        return metrics.lines().filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> label.length == 0 || line.contains(label[0]))
                .filter(line -> label.length > 0 || line.contains("CompteAssureDS"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .mapToLong(value -> (long) value).reduce(Long::sum).orElse(-1);
    }

    private long pgConnections() {
        try (Connection connection = DriverManager.getConnection(pg + "postgres", pgUser, pgPassword);
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ?")) {
            count.setString(1, db);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    private void startSink() throws IOException {
        sink = new ProcessBuilder("java", "-Xmx256m", "-Dgreenmail.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + smtpPort, "-Dgreenmail.imap.port=" + imapPort,
                "-Dgreenmail.api.port=" + apiPort, "-Dgreenmail.auth.disabled", "-jar", sinkJar.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("mail-sink.log").toFile()).start();
    }

    /** WildFly with a base directory of its own (the build's configuration, the EAR) and its GC log in work/. */
    private void startServer(String database) throws IOException {
        Path base = work.resolve("server");
        copyTree(jbossHome.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(ear, base.resolve("deployments").resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder("sh", jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset)
                .redirectErrorStream(true).redirectOutput(work.resolve("server-console.log").toFile());
        builder.environment().put("JAVA_OPTS", "-Xms768m -Xmx768m -Djava.net.preferIPv4Stack=true"
                + " -Dsink.api.port=" + apiPort + " -Xlog:gc*:file=" + gcLog + ":time,uptime,level,tags");
        builder.environment().put("CA_DB_DRIVER", "postgresql");
        builder.environment().put("CA_DB_URL", database);
        builder.environment().put("CA_DB_USER", pgUser);
        builder.environment().put("CA_DB_PASSWORD", pgPassword);
        builder.environment().put("CA_SMTP_HOST", "127.0.0.1");
        builder.environment().put("CA_SMTP_PORT", Integer.toString(smtpPort));
        builder.environment().put("CA_BASE_URL", "http://localhost:" + (8080 + offset));
        builder.environment().put("CA_DEV_MAILBOX_URL", "http://127.0.0.1:" + apiPort);
        server = builder.start();
    }

    private void awaitReady(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("WildFly stopped; see " + work.resolve("server-console.log"));
            }
            if (get(management + "/health/ready", Duration.ofSeconds(10)) != null
                    && get(url + "/", Duration.ofSeconds(10)) != null) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("WildFly not ready within " + patience + "; see " + work);
    }

    /** The body of a 200 answer, or null. */
    private static String get(String address, Duration patience) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(address))
                    .timeout(patience).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? answer.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private Optional<ProcessHandle> jvm() {
        return server.descendants().filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar"))
                .orElse(false)).findFirst();
    }

    private void stop() {
        for (Process process : new Process[] {server, sink}) {
            if (process == null) {
                continue;
            }
            Optional<ProcessHandle> java = process == server ? jvm() : Optional.empty();
            java.ifPresent(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    java.ifPresent(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
                java.ifPresent(p -> p.onExit().join());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** soak.txt and the GC log, samples and console next to Gatling's newest report. */
    private void report() throws IOException {
        Optional<Path> newest;
        try (Stream<Path> runs = Files.isDirectory(results) ? Files.list(results) : Stream.empty()) {
            newest = runs.filter(Files::isDirectory).max(Comparator.comparing(p -> p.toFile().lastModified()));
        }
        newest.ifPresent(this::pages);
        say(failures.isEmpty() ? "SOAK PASSED" : "SOAK FAILED: " + String.join("; ", failures));
        Path target = newest.orElse(work);
        for (String file : List.of("gc.log", "samples.csv")) {
            if (Files.exists(work.resolve(file)) && !target.equals(work)) {
                Files.copy(work.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.write(target.resolve("soak.txt"), lines);
        System.out.println("Soak report: " + target.resolve("soak.txt") + " (Gatling's: index.html, GC log, samples)");
    }

    /** Requests, failures and p50/p95/p99 per page, as Gatling's report tabulates them (its index.html). */
    private void pages(Path report) {
        String html;
        try {
            html = Files.readString(report.resolve("index.html"));
        } catch (IOException e) {
            return;
        }
        say("%-32s %8s %6s %8s %8s %8s  (ms, Gatling's report)", "page", "requests", "failed", "p50", "p95", "p99");
        for (String row : html.split("<tr")) {
            Matcher name = Pattern.compile("class=\"ellipsed-name\">([^<]+)<").matcher(row);
            if (!name.find()) {
                continue;
            }
            String[] cells = new String[15];
            Matcher cell = Pattern.compile("col-(\\d+)\">([^<]*)<").matcher(row);
            while (cell.find()) {
                cells[Integer.parseInt(cell.group(1))] = cell.group(2).trim();
            }
            say("%-32s %8s %6s %8s %8s %8s", name.group(1), cells[2], cells[4], cells[8], cells[10], cells[11]);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(pg + "postgres", pgUser, pgPassword);
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        lines.add(line);
        System.out.println(line);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The build's configuration folder into the soak's base directory (ClusterDrill copies its nodes' likewise). */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(folder).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
