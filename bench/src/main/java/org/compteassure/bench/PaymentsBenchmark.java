package org.compteassure.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * First views at fund scale (docs/benchmarks.md, "Pages"): logs in generated people (see {@link PaymentDataset}), then
 * drives the running application with 32 keep-alive connections, first on {@code /ping} (a servlet of the same EAR
 * that does no work), then on one page, each request in the session of one of the people; prints both throughputs,
 * their ratio, the page's p50/p95/p99 latency, the server's CPU per request, its peak used heap (jstat) and the load
 * average before and after each phase (other builds share the processors).
 * <p>
 * Each request is a page its session has not asked for before: {@code bench.page=paiements} goes through every period
 * of the 27 months (378 of them, in a stride that mixes long and short ones), then the same with each filter (who,
 * kind, status); {@code paiement} through the person's 20 payments; {@code accueil} has no parameter, so its
 * requests go round the people (a session sees its home page again after {@code bench.people} requests: nothing is
 * replayed on the server, so a repeat costs what a first view does).
 * <p>
 * The load client writes raw HTTP/1.1 on plain sockets so that it costs the shared processors as little as possible.
 * Options (-Dbench.NAME): url (http://localhost:8080/), people to log in (200), population (people generated,
 * 1000000), code, clients (32), warmup (10 s), duration (30 s), page (paiements, accueil or paiement), serverPid (the
 * only jboss-modules process, or the one on the address's port offset), jfr (a file: a JFR profile of the page's
 * measured phase, taken through jcmd).
 * <p>
 * {@code bench.page=api-paiements} measures the applications' API instead: each person's session authorizes the
 * application {@code bench.client} (PKCE S256, its redirect URI {@code bench.redirect}) and exchanges the code for
 * an access token, then every request is {@code GET /api/v1/paiements} with that token, through the same periods and
 * filters as the page, in the same sessions' number. A token lives 10 minutes: warm-up and duration stay below. The
 * server must allow the calls ({@code CA_API_CALLS_PER_HOUR}, which the address's budget is four times).
 */
public final class PaymentsBenchmark {

    /** Periods of the window: (first month back, length), 27·28/2 of them. */
    private static final int PERIODS = PaymentDataset.MONTHS * (PaymentDataset.MONTHS + 1) / 2;
    private static final String[] WHO = {"", "moi"};
    private static final String[] KIND = {"", "soins", "ij"};
    private static final String[] STATUS = {"", "en-cours", "paye", "rejete"};
    /** The same filters as the applications' API names them (docs/api.md). */
    private static final String[] API_KIND = {"", "REIMBURSEMENT", "DAILY_ALLOWANCE"};
    private static final String[] API_STATUS = {"", "PENDING", "PAID", "REJECTED"};
    /** The page's filters and the API's, in its parameters' names: who, kind, status. */
    private static final Filters PAGE = new Filters("/espace/paiements", "type", KIND, STATUS);
    private static final Filters API = new Filters("/api/v1/paiements", "nature", API_KIND, API_STATUS);

    private record Filters(String path, String kindName, String[] kinds, String[] statuses) {
    }

    private PaymentsBenchmark() {
    }

    /**
     * A logged-in generated person and how many pages their session has been sent so far; {@code cookie} is their
     * session cookie, or, for the API, {@code Bearer} and their access token.
     */
    private record Visitor(long order, String cookie, AtomicInteger visits) {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.url", "http://localhost:8080/"));
        int people = Integer.getInteger("bench.people", 200);
        long population = Long.getLong("bench.population", 1_000_000L);
        String code = System.getProperty("bench.code", PaymentDataset.DEFAULT_CODE);
        int clients = Integer.getInteger("bench.clients", 32);
        int warmup = Integer.getInteger("bench.warmup", 10);
        int duration = Integer.getInteger("bench.duration", 30);
        String page = System.getProperty("bench.page", "paiements");
        long serverPid = Long.getLong("bench.serverPid", ServerProcess.find(base));
        YearMonth now = YearMonth.now(ZoneId.of("Europe/Paris"));
        Function<Visitor, String> next = switch (page) {
            case "paiements" -> v -> paymentsPath(v.visits().getAndIncrement(), now);
            case "api-paiements" -> v -> paymentsPath(v.visits().getAndIncrement(), now, API);
            case "paiement" -> v -> "/espace/paiement?id=" + (PaymentDataset.PAYMENT_ID_BASE + v.order()
                    + (v.visits().getAndIncrement() % PaymentDataset.PAYMENTS_PER_PERSON) * population);
            case "accueil" -> v -> "/espace/accueil";
            default -> throw new IllegalArgumentException("bench.page: paiements, api-paiements, paiement or accueil");
        };

        long began = System.nanoTime();
        List<Visitor> visitors = login(base, people, population, code);
        if (page.startsWith("api-")) {
            visitors = authorize(base, visitors, System.getProperty("bench.client", "appli-banc"),
                    System.getProperty("bench.redirect", "http://127.0.0.1/retour"));
        }
        System.out.printf("Logged in %d people in %.1f s; %d connections, %d s warm-up, %d s measured; load %s%n",
                people, (System.nanoTime() - began) / 1e9, clients, warmup, duration, ServerProcess.loadAverage());

        Visitor nobody = new Visitor(-1, "", new AtomicInteger());
        Result ping = drive(base, List.of(nobody), v -> "/ping", clients, warmup, duration, serverPid, null);
        Result measured = drive(base, visitors, next, clients, warmup, duration, serverPid,
                System.getProperty("bench.jfr"));
        System.out.printf("%-22s %10s %8s %8s %8s %8s %10s %9s  %s%n", "", "req/s", "p50 ms", "p95 ms", "p99 ms",
                "errors", "CPU ms/req", "KiB/resp", "load average before → after");
        ping.print("/ping");
        measured.print(page.startsWith("api-") ? API.path() : "/espace/" + page);
        System.out.printf("Ratio: %.1f %% of the bare servlet's throughput (target ≥ 6 %%)%n",
                100.0 * measured.perSecond() / ping.perSecond());
        System.out.printf("p99 of the page: %.1f ms (target ≤ 100 ms)%n", measured.percentile(99) / 1e6);
        if (serverPid > 0) {
            System.out.printf("Server CPU per request: the page costs %.1f times the bare servlet (so at most %.1f %% of "
                    + "its throughput when the server's processors are the limit)%n",
                    measured.cpuPerRequest() / ping.cpuPerRequest(), 100 * ping.cpuPerRequest() / measured.cpuPerRequest());
            System.out.printf("Server heap (jstat, every second while measured): peak used %.0f MiB, "
                    + "peak capacity %.0f MiB (target: used ≤ 512 MiB)%n",
                    Math.max(ping.heapUsedPeak, measured.heapUsedPeak) / 1048576.0,
                    Math.max(ping.heapCapacityPeak, measured.heapCapacityPeak) / 1048576.0);
            // "Used" above includes the garbage a young collection has not yet reclaimed; what stays is the heap
            // the server needs (its sessions, caches, pools): used after a full collection, with the sessions open.
            jcmd(serverPid, "GC.run");
            Result live = new Result();
            Process once = new ProcessBuilder("jstat", "-gc", String.valueOf(serverPid)).redirectErrorStream(true).start();
            readHeap(once.getInputStream(), live);
            System.out.printf("Server heap after a full collection, %d sessions open: %.0f MiB used%n", people,
                    live.heapUsedPeak / 1048576.0);
        }
    }

    /**
     * The payments page a session is sent on its n-th request: every period in turn (a stride coprime with their
     * number visits each once), then again with the next combination of the who, kind and status filters.
     */
    static String paymentsPath(int n, YearMonth now) {
        return paymentsPath(n, now, PAGE);
    }

    /** As {@link #paymentsPath(int, YearMonth)}, at the page's or the API's address with its parameters' names. */
    static String paymentsPath(int n, YearMonth now, Filters names) {
        int period = (int) ((n * 5L) % PERIODS);
        int back = 0;
        while (period > back) {
            period -= back + 1;
            back++;
        }
        YearMonth from = now.minusMonths(back);
        YearMonth to = from.plusMonths(period);
        int filters = (n / PERIODS) % (WHO.length * KIND.length * STATUS.length);
        StringBuilder path = new StringBuilder(names.path()).append("?du=").append(from).append("&au=").append(to);
        append(path, "qui", WHO[filters % WHO.length]);
        append(path, names.kindName(), names.kinds()[filters / WHO.length % KIND.length]);
        append(path, "statut", names.statuses()[filters / (WHO.length * KIND.length)]);
        return path.toString();
    }

    private static void append(StringBuilder path, String name, String value) {
        if (!value.isEmpty()) {
            path.append('&').append(name).append('=').append(value);
        }
    }

    /** Logs in generated people without e-mail (even orders: no second step) spread over the population, 2 at once. */
    private static List<Visitor> login(URI base, int people, long population, String code) throws Exception {
        List<Callable<Visitor>> logins = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            long order = 2 * ((long) i * (population / 2) / people);
            logins.add(() -> new Visitor(order, login(base, PaymentDataset.nir(order), code), new AtomicInteger()));
        }
        return twoAtOnce(logins);
    }

    /**
     * Each person's session authorizes the application and exchanges the code for an access token (RFC 7636 S256),
     * 2 at once; fails on anything but a token.
     */
    private static List<Visitor> authorize(URI base, List<Visitor> visitors, String client, String redirect)
            throws Exception {
        List<Callable<Visitor>> tokens = new ArrayList<>();
        for (Visitor visitor : visitors) {
            tokens.add(() -> {
                try (HttpConnection connection = new HttpConnection(base)) {
                    return new Visitor(visitor.order(), HttpConnection.BEARER + connection.accessToken(visitor.cookie(),
                            client, redirect, "paiements"), new AtomicInteger());
                }
            });
        }
        return twoAtOnce(tokens);
    }

    /** Runs the steps 2 at once (what the shared processors bear), in order; the first failure stops it. */
    private static List<Visitor> twoAtOnce(List<Callable<Visitor>> steps) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Visitor>> running = new ArrayList<>();
            for (Callable<Visitor> step : steps) {
                running.add(pool.submit(step));
            }
            List<Visitor> visitors = new ArrayList<>();
            for (Future<Visitor> done : running) {
                visitors.add(done.get());
            }
            return visitors;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Logs one person in through the login form; returns the session cookie. Fails on anything but success. */
    private static String login(URI base, String nir, String code) throws IOException {
        try (HttpConnection connection = new HttpConnection(base)) {
            HttpConnection.Login login = connection.login(nir, code);
            if (!login.reachedHome()) {
                throw new IllegalStateException("Login of " + nir + " failed (" + login.post().status() + "): generated"
                        + " with another code? Stopping before the failures count towards the per-address limit.");
            }
            return login.sessionCookie();
        }
    }

    /** What one phase measured: requests after the warm-up, their latencies, errors, the heap seen meanwhile. */
    private static final class Result {
        long[] latencies;
        long errors;
        long bytes;
        double seconds;
        String loadBefore;
        String loadAfter;
        long heapUsedPeak;
        long heapCapacityPeak;
        /** Server CPU time (user + system) while measured, -1 when the server is not known. */
        long serverCpuMillis = -1;

        double cpuPerRequest() {
            return (double) serverCpuMillis / Math.max(1, latencies.length);
        }

        double perSecond() {
            return latencies.length / seconds;
        }

        long percentile(int percent) {
            return latencies.length == 0 ? 0 : latencies[Math.min(latencies.length - 1,
                    (int) Math.ceil(percent / 100.0 * latencies.length) - 1)];
        }

        void print(String label) {
            System.out.printf("%-22s %10.0f %8.2f %8.2f %8.2f %8d %10s %9.1f  %s → %s%n", label, perSecond(),
                    percentile(50) / 1e6, percentile(95) / 1e6, percentile(99) / 1e6, errors, serverCpuMillis < 0 ? "-"
                            : String.format("%.2f", cpuPerRequest()), bytes / 1024.0 / Math.max(1, latencies.length),
                    loadBefore, loadAfter);
        }
    }

    private static Result drive(URI base, List<Visitor> visitors, Function<Visitor, String> next, int clients,
                                int warmup, int duration, long serverPid, String jfr) throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + duration * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Result result = new Result();
        result.loadBefore = ServerProcess.loadAverage();
        for (int t = 0; t < clients; t++) {
            int client = t;
            long[][] own = {new long[1 << 16]};
            perThread.add(null);
            Thread thread = new Thread(() -> {
                int n = 0;
                long k = client;
                HttpConnection connection = new HttpConnection(base);
                while (!stop.get() && System.nanoTime() < end) {
                    Visitor visitor = visitors.get((int) (k % visitors.size()));
                    k += clients;
                    String path = next.apply(visitor);
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = connection.status(path, visitor.cookie().isEmpty() ? null : visitor.cookie());
                    } catch (IOException e) {
                        status = -1;
                    }
                    long done = System.nanoTime();
                    if (status != 200) {
                        if (errors.incrementAndGet() > 100) {
                            System.out.println("Stopping: " + path + " answered " + status);
                            stop.set(true);
                        }
                    } else if (sent >= measureFrom) {
                        if (n == own[0].length) {
                            own[0] = Arrays.copyOf(own[0], n * 2);
                        }
                        own[0][n++] = done - sent;
                        bytes.addAndGet(connection.lastBodyBytes());
                    }
                }
                connection.close();
                synchronized (perThread) {
                    perThread.set(client, Arrays.copyOf(own[0], n));
                }
            });
            threads.add(thread);
            thread.start();
        }
        Process jstat = null;
        long cpuBefore = 0;
        if (serverPid > 0) {
            Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
            cpuBefore = ServerProcess.cpuMillis(serverPid);
            if (jfr != null) {
                jcmd(serverPid, "JFR.start", "name=bench", "settings=profile", "duration=" + duration + "s",
                        "filename=" + jfr);
            }
            jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(serverPid), "1000").redirectErrorStream(true).start();
            Process sampler = jstat;
            Thread reader = new Thread(() -> readHeap(sampler.getInputStream(), result));
            reader.setDaemon(true);
            reader.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (serverPid > 0) {
            result.serverCpuMillis = ServerProcess.cpuMillis(serverPid) - cpuBefore;
        }
        if (jstat != null) {
            jstat.destroy();
        }
        result.loadAfter = ServerProcess.loadAverage();
        if (stop.get()) {
            throw new IllegalStateException("More than 100 failed requests: stopped");
        }
        result.latencies = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        result.errors = errors.get();
        result.bytes = bytes.get();
        result.seconds = duration;
        return result;
    }

    /** A diagnostic command to the server's JVM (a JFR recording of the measured phase: -Dbench.jfr=FILE). */
    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IOException("jcmd " + command[0] + " failed: " + output);
        }
    }

    /** jstat -gc columns: S0C S1C S0U S1U EC EU OC OU … in KiB; used = S0U+S1U+EU+OU, capacity = S0C+S1C+EC+OC. */
    private static void readHeap(InputStream output, Result result) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] c = line.trim().split("\\s+");
                if (c.length < 8 || !Character.isDigit(c[0].charAt(0))) {
                    continue;
                }
                double used = Double.parseDouble(c[2]) + Double.parseDouble(c[3]) + Double.parseDouble(c[5])
                        + Double.parseDouble(c[7]);
                double capacity = Double.parseDouble(c[0]) + Double.parseDouble(c[1]) + Double.parseDouble(c[4])
                        + Double.parseDouble(c[6]);
                synchronized (result) {
                    result.heapUsedPeak = Math.max(result.heapUsedPeak, (long) (used * 1024));
                    result.heapCapacityPeak = Math.max(result.heapCapacityPeak, (long) (capacity * 1024));
                }
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("Heap sampling stopped: " + e);
        }
    }
}
