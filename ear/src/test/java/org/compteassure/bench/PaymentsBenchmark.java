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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Payments-page benchmark (docs/benchmarks.md, "Payments page"): logs in generated people (see {@link PaymentDataset}),
 * then drives the running application with 32 keep-alive connections, first on {@code /ping} (a servlet of the same
 * EAR that does no work), then on {@code /espace/paiements}, each request in the session of one of the people; prints
 * both throughputs, their ratio, the page's p50/p95/p99 latency and the server's peak used heap (sampled with jstat).
 * <p>
 * The load client writes raw HTTP/1.1 on plain sockets so that it costs the shared processors as little as possible.
 * Options (-Dbench.NAME): url (http://localhost:8080/), people to log in (64), population (people generated,
 * 1000000), code, clients (32), warmup (10 s), duration (30 s), path (/espace/paiements), serverPid (the only
 * jboss-modules process; 0 for none).
 */
public final class PaymentsBenchmark {

    private PaymentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.url", "http://localhost:8080/"));
        int people = Integer.getInteger("bench.people", 64);
        int population = Integer.getInteger("bench.population", 1_000_000);
        String code = System.getProperty("bench.code", PaymentDataset.DEFAULT_CODE);
        int clients = Integer.getInteger("bench.clients", 32);
        int warmup = Integer.getInteger("bench.warmup", 10);
        int duration = Integer.getInteger("bench.duration", 30);
        String path = System.getProperty("bench.path", "/espace/paiements");
        long serverPid = Long.getLong("bench.serverPid", ServerProcess.find());

        long began = System.nanoTime();
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            long order = (long) i * population / people;
            sessions.add(login(base, PaymentDataset.NIR_PREFIX + String.format("%06d", order), code));
        }
        System.out.printf("Logged in %d people in %.1f s; %d connections, %d s warm-up, %d s measured%n", people,
                (System.nanoTime() - began) / 1e9, clients, warmup, duration);

        Result ping = drive(base, "/ping", List.of(""), clients, warmup, duration, serverPid);
        Result page = drive(base, path, sessions, clients, warmup, duration, serverPid);
        System.out.printf("%-22s %10s %8s %8s %8s %8s %10s%n", "", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors",
                "CPU ms/req");
        ping.print("/ping");
        page.print(path);
        System.out.printf("Ratio: %.1f %% of the bare servlet's throughput (target ≥ 15 %%)%n",
                100.0 * page.perSecond() / ping.perSecond());
        System.out.printf("p99 of the page: %.1f ms (target ≤ 50 ms)%n", page.percentile(99) / 1e6);
        if (serverPid > 0) {
            System.out.printf("Server CPU per request: the page costs %.1f times the bare servlet (so at most %.1f %% of "
                    + "its throughput when the server's processors are the limit)%n",
                    page.cpuPerRequest() / ping.cpuPerRequest(), 100 * ping.cpuPerRequest() / page.cpuPerRequest());
        }
        if (serverPid > 0) {
            System.out.printf("Server heap (jstat, every second while measured): peak used %.0f MiB, "
                    + "peak capacity %.0f MiB (target: used < 512 MiB)%n",
                    Math.max(ping.heapUsedPeak, page.heapUsedPeak) / 1048576.0,
                    Math.max(ping.heapCapacityPeak, page.heapCapacityPeak) / 1048576.0);
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
        double seconds;
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
            System.out.printf("%-22s %10.0f %8.2f %8.2f %8.2f %8d %10s%n", label, perSecond(), percentile(50) / 1e6,
                    percentile(95) / 1e6, percentile(99) / 1e6, errors, serverCpuMillis < 0 ? "-"
                            : String.format("%.2f", (double) serverCpuMillis / Math.max(1, latencies.length)));
        }
    }

    private static Result drive(URI base, String path, List<String> cookies, int clients, int warmup, int duration,
                                long serverPid) throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + duration * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int client = t;
            long[][] own = {new long[1 << 16]};
            perThread.add(null);
            Thread thread = new Thread(() -> {
                int n = 0;
                int k = client;
                HttpConnection connection = new HttpConnection(base);
                while (!stop.get() && System.nanoTime() < end) {
                    String cookie = cookies.get(k % cookies.size());
                    k += clients;
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = connection.status(path, cookie.isEmpty() ? null : cookie);
                    } catch (IOException e) {
                        status = -1;
                    }
                    long done = System.nanoTime();
                    if (status != 200) {
                        if (errors.incrementAndGet() > 100) {
                            stop.set(true);
                        }
                    } else if (sent >= measureFrom) {
                        if (n == own[0].length) {
                            own[0] = Arrays.copyOf(own[0], n * 2);
                        }
                        own[0][n++] = done - sent;
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
        Result result = new Result();
        Process jstat = null;
        long cpuBefore = 0;
        if (serverPid > 0) {
            Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
            cpuBefore = ServerProcess.cpuMillis(serverPid);
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
        if (stop.get()) {
            throw new IllegalStateException("More than 100 failed requests on " + path + ": stopped");
        }
        result.latencies = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        result.errors = errors.get();
        result.seconds = duration;
        return result;
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
