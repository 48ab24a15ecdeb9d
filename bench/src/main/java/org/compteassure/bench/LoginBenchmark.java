package org.compteassure.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Login benchmark: logins per second against the cost of one PBKDF2 hash on the same machine.
 *
 * <p>The code check of a login is one PBKDF2WithHmacSHA256 hash (600 000 iterations, 32-byte salt, 32-byte key).
 * The verdict compares one login with one hash, one at a time: for a while, this program alternately hashes once (in
 * this JVM, same JDK as the server, while the server is idle) and logs in once (GET the login page, POST the form,
 * expect 302 to {@code /espace/accueil}, while this JVM waits), so that both are measured under the same conditions
 * of a shared machine; the overhead is what the application adds to the hash, {@code 1 - logins/s ÷ hashes/s}. The
 * requirement is at most 10 %. Then, for information, it loads the server with one client per processor and compares
 * the throughput with the hash rate of as many threads at once.
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
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int WARMUP_WINDOW_SECONDS = 30;
    private static final double JIT_SETTLED_MILLIS = 2.0;

    private final Map<String, String> args;
    private final AtomicReference<String> abort = new AtomicReference<>();
    private final AtomicInteger failed = new AtomicInteger();
    private int maxFailures;

    private LoginBenchmark(Map<String, String> args) {
        this.args = args;
    }

    /**
     * Options (system property {@code bench.NAME} or argument {@code NAME=VALUE}; arguments win):
     * <ul>
     * <li>{@code url}: base URL of the application, default {@code http://localhost:8080/};</li>
     * <li>{@code nir}, {@code code}: the account to log in with, default the demo person Sophie LEROY (no e-mail, so
     * no second step);</li>
     * <li>{@code hashWarmup}: hashes before anything is measured, default 30 (the JIT compiles PBKDF2's loop late:
     * the first dozen hashes can take 1.7 times as long);</li>
     * <li>{@code warmup}, {@code warmupMax}: logins by {@code clients} clients before anything is measured, at least
     * {@code warmup} seconds (default 60), then until the server's JIT has settled (its compilers keep working for
     * several thousand logins after a start), at most {@code warmupMax} seconds (default 600);</li>
     * <li>{@code measure}: seconds of alternate hashes and logins, the verdict, default 60;</li>
     * <li>{@code clients}, {@code duration}: the informative load, clients at once (default the number of
     * processors; 0 skips it) for that many seconds (default 30);</li>
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
        int hashWarmup = intOption("hashWarmup", 30);
        int warmupSeconds = intOption("warmup", 60);
        int warmupMaxSeconds = intOption("warmupMax", 600);
        int measureSeconds = intOption("measure", 60);
        int clients = intOption("clients", processors);
        int durationSeconds = intOption("duration", 30);
        maxFailures = intOption("maxFailures", 3);
        int targetPercent = intOption("target", 10);
        long serverPid = option("serverPid", null) == null ? ServerProcess.find(base) : intOption("serverPid", 0);
        if (measureSeconds < 1 || clients < 0 || durationSeconds < 1 || warmupSeconds < 0 || hashWarmup < 0) {
            throw new IllegalArgumentException("measure and duration must be at least 1 second; clients and warm-ups"
                    + " at least 0");
        }

        out("Compte Assuré — login benchmark");
        out("  date              %s", OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out("  machine           %d available processors, %s; Java %s (%s)", processors, ServerProcess.cpuModel(),
                System.getProperty("java.version"), System.getProperty("java.vendor"));
        out("  application       %s  (NIR %s)%s", base, nir, serverPid > 0 ? ", server process " + serverPid : "");
        out("");

        // The application must answer before the machine is loaded with hashing.
        try (HttpConnection probe = new HttpConnection(base)) {
            String problem = problem(probe.login(nir, code));
            if (problem != null) {
                throw new IllegalStateException("The first login failed, nothing was measured: " + problem);
            }
        }

        out("0. Warm-up (nothing measured)");
        for (int i = 0; i < hashWarmup; i++) {
            hashOnce();
        }
        out("   %d hashes in this JVM", hashWarmup);
        warmUpServer(base, nir, code, Math.max(1, clients), warmupSeconds, warmupMaxSeconds, serverPid);
        out("");

        // 1. The verdict: one hash, then one login, again and again, never both at once.
        out("1. One login against one hash, alternately for %d s: a hash in this JVM while the server is idle,"
                + " then a login", measureSeconds);
        out("   (GET %s + POST of the form, 302 to /espace/accueil) while this JVM waits", base.getPath());
        List<Long> hashes = new ArrayList<>();
        List<Long> logins = new ArrayList<>();
        List<Long> gets = new ArrayList<>();
        List<Long> posts = new ArrayList<>();
        long serverFrom = ServerProcess.cpuMillis(serverPid);
        long end = System.nanoTime() + measureSeconds * 1_000_000_000L;
        try (HttpConnection connection = new HttpConnection(base)) {
            while (System.nanoTime() < end && abort.get() == null) {
                long hash = hashOnce();
                HttpConnection.Login login = attempt(connection, nir, code);
                if (login != null) {
                    hashes.add(hash);
                    logins.add(login.getNanos() + login.postNanos());
                    gets.add(login.getNanos());
                    posts.add(login.postNanos());
                }
            }
        }
        long serverCpu = serverFrom < 0 ? -1 : ServerProcess.cpuMillis(serverPid) - serverFrom;
        stopIfAborted();
        double hashMean = mean(hashes) / 1e6;
        double loginMean = mean(logins) / 1e6;
        double hashRate = 1000 / hashMean;
        double loginRate = 1000 / loginMean;
        double overhead = (1 - loginRate / hashRate) * 100;
        out("   pairs            %d; %d failed logins in the whole run", logins.size(), failed.get());
        out("   hash             mean %.1f ms, median %.1f, p90 %.1f", hashMean, percentile(hashes, 50),
                percentile(hashes, 90));
        out("   login            mean %.1f ms, median %.1f, p90 %.1f  (GET median %.1f ms, POST median %.1f ms)",
                loginMean, percentile(logins, 50), percentile(logins, 90), percentile(gets, 50),
                percentile(posts, 50));
        out("   hashes/s         %.2f", hashRate);
        out("   logins/s         %.2f", loginRate);
        out("   overhead         (1 - %.2f / %.2f) x 100 = %.1f %%  (medians: %.1f %%)", loginRate, hashRate, overhead,
                (percentile(logins, 50) / percentile(hashes, 50) - 1) * 100);
        out("   target           at most %d %%: %s", targetPercent, overhead <= targetPercent ? "MET" : "NOT MET");
        if (serverCpu >= 0) {
            out("   server CPU       %.0f ms per login (the idle server's own work during the hashes included)",
                    (double) serverCpu / logins.size());
        }
        out("");

        if (clients > 0) {
            capacity(base, nir, code, clients, durationSeconds, processors, hashMean, serverPid);
        }
        out("Notes: the hash is timed in this JVM; the server runs the same JDK code with its own JIT state and heap."
                + " One account is used throughout, one new session per login, keep-alive HTTP/1.1 connections.");
    }

    /**
     * Logins by several clients until the server's JIT has settled: at least {@code minSeconds}, then windows of
     * {@value #WARMUP_WINDOW_SECONDS} s until one where its compiler threads used less than
     * {@value #JIT_SETTLED_MILLIS} ms of CPU per login, at most {@code maxSeconds}. Without the server's process, just
     * {@code minSeconds}.
     */
    private void warmUpServer(URI base, String nir, String code, int clients, int minSeconds, int maxSeconds,
                              long serverPid) throws InterruptedException {
        int logins = load(base, nir, code, clients, minSeconds).size();
        stopIfAborted();
        out("   %d s of logins by %d clients (%d logins)", minSeconds, clients, logins);
        Map<String, Long> compilerFrom = ServerProcess.compilerCpuMillis(serverPid);
        if (compilerFrom == null) {
            out("   the server's JIT is not watched (no server process): it may still be compiling");
            return;
        }
        for (int elapsed = minSeconds; elapsed < maxSeconds; elapsed += WARMUP_WINDOW_SECONDS) {
            long serverFrom = ServerProcess.cpuMillis(serverPid);
            int windowLogins = load(base, nir, code, clients, WARMUP_WINDOW_SECONDS).size();
            stopIfAborted();
            Map<String, Long> compilerTo = ServerProcess.compilerCpuMillis(serverPid);
            if (compilerTo == null) {
                out("   the server's process is gone");
                return;
            }
            double compiler = (double) ServerProcess.compilerCpuBetween(compilerFrom, compilerTo) / windowLogins;
            out("   +%d s: %d logins, the server's JIT compilers %.1f ms of CPU per login (the server %.0f ms)",
                    WARMUP_WINDOW_SECONDS, windowLogins, compiler,
                    (double) (ServerProcess.cpuMillis(serverPid) - serverFrom) / windowLogins);
            if (compiler < JIT_SETTLED_MILLIS) {
                out("   the server's JIT has settled after %d s", elapsed + WARMUP_WINDOW_SECONDS);
                return;
            }
            compilerFrom = compilerTo;
        }
        out("   the server's JIT was still compiling after %d s (bench.warmupMax): the overhead below includes it",
                maxSeconds);
    }

    /** 2. For information: the server loaded by several clients at once, against as many hashes at once. */
    private void capacity(URI base, String nir, String code, int clients, int durationSeconds, int processors,
                          double hashMean, long serverPid) throws InterruptedException {
        out("2. For information, the server loaded: %d clients at once for %d s", clients, durationSeconds);
        long cpuFrom = clientCpuNanos();
        long[] machineFrom = ServerProcess.machineTicks();
        long serverFrom = ServerProcess.cpuMillis(serverPid);
        long wallFrom = System.nanoTime();
        List<Long> loaded = load(base, nir, code, clients, durationSeconds);
        double wall = (System.nanoTime() - wallFrom) / 1e9;
        long serverCpu = serverFrom < 0 ? -1 : ServerProcess.cpuMillis(serverPid) - serverFrom;
        long[] machineTo = ServerProcess.machineTicks();
        double clientCores = (clientCpuNanos() - cpuFrom) / 1e9 / wall;
        stopIfAborted();
        double measured = loaded.size() / wall;
        double parallel = parallelHashRate(clients, 16);
        double ideal = Math.min(clients, processors) * 1000 / hashMean;
        out("   throughput       %.2f logins/s (%d logins)", measured, loaded.size());
        out("   login latency    median %.0f ms, p90 %.0f ms", percentile(loaded, 50), percentile(loaded, 90));
        out("   against          %d x one hash (%.2f/s): %.0f %% of it", Math.min(clients, processors), ideal,
                measured / ideal * 100);
        out("                    %d hashes at once in this JVM, measured just after (%.2f/s, %.2f x one hash): %.0f %%"
                + " of it", clients, parallel, parallel * hashMean / 1000, measured / parallel * 100);
        if (serverCpu >= 0 && !loaded.isEmpty()) {
            out("   server           %.0f ms of CPU per login (one hash: %.0f ms)", (double) serverCpu / loaded.size(),
                    hashMean);
        }
        out("   this client      %.2f processors", clientCores);
        if (machineFrom != null && machineTo != null && machineTo[0] > machineFrom[0]) {
            long total = machineTo[0] - machineFrom[0];
            out("   machine          busy %.2f of %d processors", (double) (total - (machineTo[1] - machineFrom[1]))
                    / total * processors, processors);
        }
        out("");
    }

    /* ---------------------------------------------------------------- logins */

    /**
     * Logins by concurrent clients for a while, each in a new session on its own connection; returns the durations of
     * those that succeeded.
     */
    private List<Long> load(URI base, String nir, String code, int clients, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> nanos = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread worker = new Thread(() -> {
                List<Long> own = new ArrayList<>();
                try (HttpConnection connection = new HttpConnection(base)) {
                    while (System.nanoTime() < end && abort.get() == null) {
                        HttpConnection.Login login = attempt(connection, nir, code);
                        if (login != null) {
                            own.add(login.getNanos() + login.postNanos());
                        }
                    }
                }
                synchronized (nanos) {
                    nanos.addAll(own);
                }
            }, "login-client-" + (i + 1));
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return nanos;
    }

    /** One login; null if it failed (counted, and the run stopped when that is fatal or one failure too many). */
    private HttpConnection.Login attempt(HttpConnection connection, String nir, String code) {
        String problem;
        HttpConnection.Login login = null;
        try {
            login = connection.login(nir, code);
            problem = problem(login);
        } catch (IOException e) {
            problem = "cannot reach the application (" + e + "): is it running (mvn -Prun package)?";
        }
        if (problem == null) {
            return login;
        }
        if (failed.incrementAndGet() > maxFailures || problem.contains("429")) {
            abort.compareAndSet(null, problem);
        }
        return null;
    }

    private static String problem(HttpConnection.Login login) {
        if (login.page().status() == 429 || login.post().status() == 429) {
            return "HTTP 429: too many failed logins from this address, wait for the limit to expire";
        }
        if (login.page().status() != 200 || login.sessionCookie() == null) {
            return "GET / answered HTTP " + login.page().status() + " without a login form and session";
        }
        if (login.reachedHome()) {
            return null;
        }
        return login.post().status() == 200
                ? "the login page came back: wrong NIR or code, or an account with a second step? Use -Dbench.nir and"
                        + " -Dbench.code"
                : "the login POST answered HTTP " + login.post().status() + ", expected 302 to /espace/accueil";
    }

    private void stopIfAborted() {
        if (abort.get() != null) {
            throw new IllegalStateException("Run stopped, no result: " + abort.get() + " (" + failed.get()
                    + " failed logins)");
        }
    }

    /* ---------------------------------------------------------------- hash */

    /** One hash exactly as a login computes it; returns its duration in nanoseconds. */
    private static long hashOnce() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        char[] password = ("bench-" + RANDOM.nextInt()).toCharArray();
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance(ALGORITHM);
            long start = System.nanoTime();
            byte[] key = factory.generateSecret(new PBEKeySpec(password, salt, ITERATIONS, KEY_BITS)).getEncoded();
            long nanos = System.nanoTime() - start;
            if (key.length != KEY_BITS / 8) {
                throw new IllegalStateException("Unexpected key length " + key.length);
            }
            return nanos;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    /** Hashes per second with several threads at once, to show how far the processors really scale. */
    private static double parallelHashRate(int threads, int hashesPerThread) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                for (int i = 0; i < hashesPerThread; i++) {
                    hashOnce();
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return threads * hashesPerThread / ((System.nanoTime() - start) / 1e9);
    }

    /* ---------------------------------------------------------------- utilities */

    private static double mean(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(List<Long> nanos, int percent) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** CPU time of this process, or 0 where the JDK does not tell. */
    private static long clientCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void out(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
