package org.compteassure.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Login benchmark: logins per second against the cost of one PBKDF2 hash on the same machine.
 *
 * <p>The code check of a login is one PBKDF2WithHmacSHA256 hash (600 000 iterations, 32-byte salt, 32-byte key), so
 * on {@code P} processors the best possible throughput is {@code P / hash time}. This program measures the hash in
 * this JVM (same JDK as the server), then drives the running application with concurrent clients (GET the login page,
 * POST the form, expect 302 to {@code /espace/accueil}) and reports how far the measured throughput is from that ideal.
 * The requirement is an overhead of at most 10 %.
 *
 * <p>Not a test: it is run by hand against an application started with {@code mvn -Prun package}, with
 * {@code mvn -q -pl ear -Pbench test-compile}. Options are system properties {@code -Dbench.NAME=VALUE}
 * or program arguments {@code NAME=VALUE} (see {@link #main}). Only successful logins are driven: failed logins
 * count towards the per-address limit (HTTP 429), so the run stops after a few failures.
 */
public final class LoginBenchmark {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String HOME_PATH = "/espace/accueil";

    private final Map<String, String> args;

    private LoginBenchmark(Map<String, String> args) {
        this.args = args;
    }

    /**
     * Options (system property {@code bench.NAME} or argument {@code NAME=VALUE}; arguments win):
     * <ul>
     * <li>{@code url}: base URL of the application, default {@code http://localhost:8080/};</li>
     * <li>{@code nir}, {@code code}: the account to log in with, default the demo person Sophie LEROY (no e-mail, so
     * no second step);</li>
     * <li>{@code clients}: concurrent clients, default the number of available processors;</li>
     * <li>{@code warmup}, {@code duration}: seconds of warm-up and of measurement, default 10 and 30;</li>
     * <li>{@code hashWarmup}, {@code hashRuns}: single-threaded hashes before and during the hash measurement,
     * default 5 and 20;</li>
     * <li>{@code maxFailures}: failed logins tolerated before the run stops, default 3;</li>
     * <li>{@code target}: the overhead target in percent, default 10;</li>
     * <li>{@code serverPid}: the server's process, to report its CPU per login (Linux only); default the only
     * process running {@code jboss-modules.jar}, if there is exactly one, {@code 0} for none.</li>
     * </ul>
     */
    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String arg : argv) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Arguments are NAME=VALUE, e.g. clients=4; got: " + arg);
            }
            args.put(arg.substring(0, eq).trim(), arg.substring(eq + 1).trim());
        }
        new LoginBenchmark(args).run();
    }

    private String option(String name, String defaultValue) {
        String value = args.get(name);
        if (value == null) {
            value = System.getProperty("bench." + name);
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }

    private int intOption(String name, int defaultValue) {
        String value = option(name, null);
        try {
            return value == null ? defaultValue : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bench." + name + " must be a whole number, got: " + value, e);
        }
    }

    private void run() throws Exception {
        int processors = Runtime.getRuntime().availableProcessors();
        String url = option("url", "http://localhost:8080/");
        URI base = URI.create(url.endsWith("/") ? url : url + "/");
        String nir = option("nir", "2900299350012");
        String code = option("code", "Printemps-Lavande-42");
        int clients = intOption("clients", processors);
        int warmupSeconds = intOption("warmup", 10);
        int durationSeconds = intOption("duration", 30);
        int hashWarmup = intOption("hashWarmup", 5);
        int hashRuns = intOption("hashRuns", 20);
        int maxFailures = intOption("maxFailures", 3);
        int targetPercent = intOption("target", 10);
        long serverPid = option("serverPid", null) == null ? findServerPid() : intOption("serverPid", 0);
        if (clients < 1 || durationSeconds < 1 || warmupSeconds < 0 || hashRuns < 1 || hashWarmup < 0) {
            throw new IllegalArgumentException(
                    "clients, duration and hashRuns must be at least 1; warm-ups at least 0");
        }

        out("Compte Assuré — login benchmark");
        out("  date              %s", OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out("  machine           %d available processors, %s; Java %s (%s)", processors, cpuModel(),
                System.getProperty("java.version"), System.getProperty("java.vendor"));
        out("  application       %s  (NIR %s)%s", base, nir, serverPid > 0 ? ", server process " + serverPid : "");
        out("");

        // The application must answer before the machine is loaded with hashing.
        Client probe = new Client(base, nir, code);
        Login first = probe.login();
        if (!first.ok()) {
            throw new IllegalStateException("The first login failed, nothing was measured: " + first.problem());
        }

        // 1. One hash, single-threaded, while the application is idle.
        out("1. One %s hash (%d iterations, %d-byte salt, %d-bit key), single thread", ALGORITHM, ITERATIONS,
                SALT_BYTES, KEY_BITS);
        for (int i = 0; i < hashWarmup; i++) {
            hashOnce();
        }
        long[] hashNanos = new long[hashRuns];
        for (int i = 0; i < hashRuns; i++) {
            hashNanos[i] = hashOnce();
        }
        Arrays.sort(hashNanos);
        double hashMedianMs = percentile(hashNanos, 50) / 1e6;
        double hashP90Ms = percentile(hashNanos, 90) / 1e6;
        double ideal = processors / (hashMedianMs / 1000);
        out("   runs             %d (after %d warm-up)", hashRuns, hashWarmup);
        out("   median           %.1f ms", hashMedianMs);
        out("   p90              %.1f ms", hashP90Ms);
        double parallel = parallelHashRate(processors, Math.max(2, hashRuns / 4));
        out("   in parallel      %d threads: %.2f hashes/s (%.2f x one thread), how far the processors really scale",
                processors, parallel, parallel * hashMedianMs / 1000);
        out("   ideal logins/s   %d / %.4f s = %.2f", processors, hashMedianMs / 1000, ideal);
        out("");

        // 2. Logins, with concurrent clients.
        out("2. Logins: GET %s + POST the form, expecting 302 to %s", base.getPath(), HOME_PATH);
        out("   clients          %d", clients);
        LoadResult load = drive(base, nir, code, clients, warmupSeconds, durationSeconds, maxFailures, serverPid);
        if (load.abortReason != null) {
            throw new IllegalStateException("Run stopped, no result: " + load.abortReason
                    + " (" + load.failed + " failed logins in the run)");
        }
        double measured = load.ok / load.seconds;
        out("   warm-up          %d s (%d logins)", warmupSeconds, load.warmupLogins);
        out("   measured         %.1f s", load.seconds);
        out("   logins           %d succeeded in the measured period; %d failed in the whole run", load.ok,
                load.failed);
        out("   throughput       %.2f logins/s", measured);
        if (load.ok > 0) {
            out("   login latency    median %.0f ms, p90 %.0f ms  (GET + POST)",
                    percentile(load.loginNanos, 50) / 1e6, percentile(load.loginNanos, 90) / 1e6);
            out("   POST latency     median %.0f ms, p90 %.0f ms",
                    percentile(load.postNanos, 50) / 1e6, percentile(load.postNanos, 90) / 1e6);
        }
        out("");

        // 3. The result against the target.
        double overhead = (1 - measured / ideal) * 100;
        out("3. Result");
        out("   overhead         (1 - %.2f / %.2f) x 100 = %.1f %%", measured, ideal, overhead);
        out("   target           at most %d %%: %s", targetPercent,
                overhead <= targetPercent ? "MET" : "NOT MET");
        out("");

        // 4. What the numbers do not say.
        double clientCores = Math.max(0, load.clientCores);
        out("4. Limits of this measurement");
        out("   - A client on the same machine as the server takes CPU from it: this JVM used %.2f"
                + " CPU-seconds per second (%.0f %% of one processor) during the measured period.",
                clientCores, clientCores * 100);
        if (load.machineBusyCores >= 0) {
            out("   - The whole machine was busy %.2f of %d processors on average (server, client and anything"
                    + " else running);", load.machineBusyCores, processors);
            out("     everything but this client: %.2f processors.", load.machineBusyCores - clientCores);
        }
        if (load.serverCores >= 0 && load.ok > 0) {
            double serverMsPerLogin = load.serverCores * load.seconds / load.ok * 1000;
            out("   - The server process used %.2f processors: %.0f ms of CPU per login, of which one hash is %.0f ms"
                    + " (%.0f %% of its CPU goes to the rest).", load.serverCores, serverMsPerLogin, hashMedianMs,
                    (1 - hashMedianMs / serverMsPerLogin) * 100);
        }
        if (clientCores < processors) {
            double idealLeft = (processors - clientCores) / (hashMedianMs / 1000);
            out("   - Estimate only, not the verdict: against the processors the client left to the server"
                    + " (%.2f), the ideal is %.2f logins/s and the overhead %.1f %%.",
                    processors - clientCores, idealLeft, (1 - measured / idealLeft) * 100);
        }
        out("   - Informative: against the hash rate measured with %d threads at once (%.2f/s), the overhead is"
                + " %.1f %%.", processors, parallel, (1 - measured / parallel) * 100);
        out("   - The hash is timed in this JVM; the server runs the same JDK code but with its own JIT state and"
                + " heap, and its hashes run concurrently with request handling.");
        out("   - One account is used by every client; logins over keep-alive HTTP/1.1 connections, one new"
                + " session per login.");
    }

    /* ---------------------------------------------------------------- hash */

    private static final SecureRandom RANDOM = new SecureRandom();

    private static long hashOnce() throws Exception {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        char[] password = ("bench-" + RANDOM.nextInt()).toCharArray();
        SecretKeyFactory factory = SecretKeyFactory.getInstance(ALGORITHM);
        long start = System.nanoTime();
        byte[] key = factory.generateSecret(new PBEKeySpec(password, salt, ITERATIONS, KEY_BITS)).getEncoded();
        long nanos = System.nanoTime() - start;
        if (key.length != KEY_BITS / 8) {
            throw new IllegalStateException("Unexpected key length " + key.length);
        }
        return nanos;
    }

    /** Hashes per second with one thread per processor, to show how far the processors really scale. */
    private static double parallelHashRate(int threads, int hashesPerThread) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    for (int i = 0; i < hashesPerThread; i++) {
                        hashOnce();
                    }
                } catch (Exception e) {
                    error.set(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (error.get() != null) {
            throw new IllegalStateException("Hashing failed", error.get());
        }
        return threads * hashesPerThread / ((System.nanoTime() - start) / 1e9);
    }

    /* ---------------------------------------------------------------- load */

    private static final class LoadResult {
        int warmupLogins;
        int ok;
        int failed;
        double seconds;
        long[] loginNanos = new long[0];
        long[] postNanos = new long[0];
        double clientCores;
        double machineBusyCores = -1;
        double serverCores = -1;
        String abortReason;
    }

    private static LoadResult drive(URI base, String nir, String code, int clients, int warmupSeconds,
            int durationSeconds, int maxFailures, long serverPid) throws InterruptedException {
        long now = System.nanoTime();
        long measureFrom = now + warmupSeconds * 1_000_000_000L;
        long measureTo = measureFrom + durationSeconds * 1_000_000_000L;
        AtomicReference<String> abort = new AtomicReference<>();
        AtomicInteger failures = new AtomicInteger();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Worker worker = new Worker(new Client(base, nir, code), measureFrom, measureTo, abort, failures,
                    maxFailures);
            worker.setName("login-client-" + (i + 1));
            workers.add(worker);
            worker.start();
        }

        // CPU counters around the measured period.
        sleepUntil(measureFrom, abort);
        long cpuFrom = processCpuNanos();
        long[] statFrom = machineCpuTicks();
        long serverFrom = processCpuTicks(serverPid);
        long wallFrom = System.nanoTime();
        sleepUntil(measureTo, abort);
        long cpuTo = processCpuNanos();
        long[] statTo = machineCpuTicks();
        long serverTo = processCpuTicks(serverPid);
        long wallTo = System.nanoTime();
        for (Worker worker : workers) {
            worker.join();
        }

        LoadResult result = new LoadResult();
        result.abortReason = abort.get();
        result.seconds = (measureTo - measureFrom) / 1e9;
        List<Long> logins = new ArrayList<>();
        List<Long> posts = new ArrayList<>();
        for (Worker worker : workers) {
            result.warmupLogins += worker.warmupLogins;
            result.ok += worker.loginNanos.size();
            result.failed += worker.failed;
            logins.addAll(worker.loginNanos);
            posts.addAll(worker.postNanos);
        }
        result.loginNanos = logins.stream().mapToLong(Long::longValue).sorted().toArray();
        result.postNanos = posts.stream().mapToLong(Long::longValue).sorted().toArray();
        double wall = (wallTo - wallFrom) / 1e9;
        result.clientCores = cpuFrom < 0 || cpuTo < 0 ? -1 : (cpuTo - cpuFrom) / 1e9 / wall;
        if (statFrom != null && statTo != null) {
            long total = statTo[0] - statFrom[0];
            long idle = statTo[1] - statFrom[1];
            int processors = Runtime.getRuntime().availableProcessors();
            result.machineBusyCores = total == 0 ? -1 : (double) (total - idle) / total * processors;
            if (serverFrom >= 0 && serverTo >= 0 && total > 0) {
                // /proc/stat counts every processor's ticks: total / processors is the wall time in ticks.
                result.serverCores = (double) (serverTo - serverFrom) / total * processors;
            }
        }
        return result;
    }

    /** One simulated user: logs in again and again, each time in a new session. */
    private static final class Worker extends Thread {
        private final Client client;
        private final long measureFrom;
        private final long measureTo;
        private final AtomicReference<String> abort;
        private final AtomicInteger failures;
        private final int maxFailures;
        final List<Long> loginNanos = new ArrayList<>();
        final List<Long> postNanos = new ArrayList<>();
        int warmupLogins;
        int failed;

        Worker(Client client, long measureFrom, long measureTo, AtomicReference<String> abort,
                AtomicInteger failures, int maxFailures) {
            this.client = client;
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
            this.abort = abort;
            this.failures = failures;
            this.maxFailures = maxFailures;
        }

        @Override
        public void run() {
            while (abort.get() == null) {
                long start = System.nanoTime();
                if (start >= measureTo) {
                    return;
                }
                Login login = client.login();
                long end = System.nanoTime();
                // A login counts in the period in which it completes.
                boolean measured = end >= measureFrom && end < measureTo;
                if (login.ok()) {
                    if (measured) {
                        loginNanos.add(end - start);
                        postNanos.add(login.postNanos());
                    } else if (end < measureFrom) {
                        warmupLogins++;
                    }
                } else {
                    failed++;
                    if (login.fatal()) {
                        abort.compareAndSet(null, login.problem());
                    } else if (failures.incrementAndGet() > maxFailures) {
                        abort.compareAndSet(null, "more than " + maxFailures + " failed logins, last: "
                                + login.problem());
                    }
                }
            }
        }
    }

    /* ---------------------------------------------------------------- HTTP */

    private record Login(boolean ok, long postNanos, String problem, boolean fatal) {
        static Login success(long postNanos) {
            return new Login(true, postNanos, null, false);
        }

        static Login failure(String problem, boolean fatal) {
            return new Login(false, 0, problem, fatal);
        }
    }

    /** A browser-like client: one keep-alive connection, and a cookie store emptied before each login. */
    private static final class Client {
        private final URI base;
        private final String nir;
        private final String code;
        private final SessionCookies cookies = new SessionCookies();
        private final HttpClient http;

        Client(URI base, String nir, String code) {
            this.base = base;
            this.nir = nir;
            this.code = code;
            this.http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .cookieHandler(cookies)
                    .build();
        }

        Login login() {
            cookies.newSession();
            try {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(base)
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "text/html")
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 429) {
                    return Login.failure("HTTP 429 on GET " + base + ": too many failed logins from this address,"
                            + " wait for the limit to expire", true);
                }
                if (page.statusCode() != 200) {
                    return Login.failure("GET " + base + " answered HTTP " + page.statusCode(), true);
                }
                Matcher viewState = VIEW_STATE.matcher(page.body());
                if (!viewState.find()) {
                    return Login.failure("no jakarta.faces.ViewState in the page at " + base
                            + ": is this the login page?", true);
                }
                String form = form("login", "login",
                        "login:nir", nir,
                        "login:code", code,
                        "login:submit", "Se connecter",
                        "jakarta.faces.ViewState", viewState.group(1));
                long postStart = System.nanoTime();
                HttpResponse<Void> post = http.send(HttpRequest.newBuilder(base)
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.discarding());
                long postNanos = System.nanoTime() - postStart;
                if (post.statusCode() == 429) {
                    return Login.failure("HTTP 429 on the login POST: too many failed logins from this address,"
                            + " wait for the limit to expire", true);
                }
                Optional<String> location = post.headers().firstValue("Location");
                if (post.statusCode() == 302 && location.isPresent() && isHome(location.get())) {
                    return Login.success(postNanos);
                }
                if (post.statusCode() == 200) {
                    return Login.failure("the login page came back (HTTP 200): wrong NIR or code, or an account"
                            + " that needs a second step? Use -Dbench.nir and -Dbench.code", false);
                }
                return Login.failure("the login POST answered HTTP " + post.statusCode()
                        + location.map(l -> " to " + l).orElse("") + ", expected 302 to " + HOME_PATH, false);
            } catch (IOException e) {
                return Login.failure("cannot reach " + base + " (" + e + "): is the application running"
                        + " (mvn -Prun package)?", false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Login.failure("interrupted", true);
            }
        }

        private boolean isHome(String location) {
            String path = base.resolve(location).getPath();
            int parameters = path.indexOf(';');
            return (parameters < 0 ? path : path.substring(0, parameters)).equals(HOME_PATH);
        }

        private static String form(String... namesAndValues) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (body.length() > 0) {
                    body.append('&');
                }
                body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
            }
            return body.toString();
        }
    }

    /** The client's cookie handler is fixed at build time: this one swaps its store for a fresh one per login. */
    private static final class SessionCookies extends CookieHandler {
        private volatile CookieManager store = newStore();

        private static CookieManager newStore() {
            return new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        }

        void newSession() {
            store = newStore();
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return store.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            store.put(uri, responseHeaders);
        }
    }

    /* ---------------------------------------------------------------- utilities */

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Sleeps until the given {@link System#nanoTime()}, or until the run is stopped. */
    private static void sleepUntil(long nanoTime, AtomicReference<String> abort) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0 && abort.get() == null) {
            Thread.sleep(Math.max(1, Math.min(200, left / 1_000_000)));
        }
    }

    /** CPU time of this process, or -1 where the JDK does not tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Total and idle (idle + iowait) ticks of the whole machine from /proc/stat, or null off Linux. */
    private static long[] machineCpuTicks() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] fields = line.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total, idle};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** User + system ticks of a process from /proc/PID/stat, or -1. */
    private static long processCpuTicks(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name may hold spaces: fields are counted after its closing parenthesis (field 3 on).
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The only process running jboss-modules.jar (WildFly), or 0. */
    private static long findServerPid() {
        List<Long> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false))
                .map(ProcessHandle::pid)
                .toList();
        return servers.size() == 1 ? servers.get(0) : 0;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    private static void out(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
