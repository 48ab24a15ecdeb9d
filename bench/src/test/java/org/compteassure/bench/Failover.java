package org.compteassure.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * What the failover simulation (bench/src/test: {@code FailoverSimulation}) needs besides Gatling's DSL: the kill -9
 * of one node of the cluster at a given second, and every request's start, end and outcome, from which it reports
 * the share of failed requests after the kill and the time until every request succeeds again. Gatling's own
 * statistics give no per-request time line.
 */
public final class Failover {

    /** One request of the loop: when it started and ended (System.nanoTime) and whether it succeeded. */
    private record Outcome(long start, long end, boolean ok) {
    }

    private final URI victim;
    private final int killAtSeconds;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private volatile long killedAt;
    private volatile long victimPid;
    private String loadAtStart;

    /** {@code victim}: an address of the node to kill, whose port tells its WildFly process (ServerProcess.find). */
    public Failover(URI victim, int killAtSeconds) {
        this.victim = victim;
        this.killAtSeconds = killAtSeconds;
    }

    /**
     * The people, as Gatling's feeder: the dataset's even orders (no e-mail address: NIR and code sign them in), each
     * once, from a random start so that runs do not reuse each other's sessions.
     */
    public static Iterator<Map<String, Object>> people(long population, String code) {
        long pairs = population / 2;
        long start = ThreadLocalRandom.current().nextLong(pairs);
        return LongStream.range(0, pairs).mapToObj(n -> Map.<String, Object>of(
                "nir", PaymentDataset.nir(2 * ((start + n) % pairs)), "code", code)).iterator();
    }

    /** Schedules the kill -9 of the victim's JVM (SIGKILL: no shutdown, no goodbye to the cluster or the balancer). */
    public void start() {
        loadAtStart = ServerProcess.loadAverage();
        victimPid = ServerProcess.find(victim);
        if (victimPid <= 0) {
            throw new IllegalStateException("No single WildFly serves " + victim);
        }
        timer.schedule(() -> ProcessHandle.of(victimPid).ifPresent(p -> {
            killedAt = System.nanoTime();
            p.destroyForcibly();
        }), killAtSeconds, TimeUnit.SECONDS);
    }

    public synchronized void record(long start, boolean ok) {
        outcomes.add(new Outcome(start, System.nanoTime(), ok));
    }

    /** The requests before and after the kill, the failed share after it, the last failure's distance from the kill. */
    public synchronized void report() {
        timer.shutdownNow();
        if (killedAt == 0) {
            System.out.println("Failover: the node was never killed (the run ended first)");
            return;
        }
        List<Outcome> before = outcomes.stream().filter(o -> o.start() < killedAt).toList();
        List<Outcome> after = outcomes.stream().filter(o -> o.start() >= killedAt).toList();
        // A request in flight at the kill is counted with those after it: it is one the kill may fail.
        List<Outcome> inFlight = before.stream().filter(o -> o.end() >= killedAt).toList();
        long failedBefore = before.stream().filter(o -> !o.ok() && o.end() < killedAt).count();
        long failedInFlight = inFlight.stream().filter(o -> !o.ok()).count();
        long failedAfter = after.stream().filter(o -> !o.ok()).count();
        long lastFailure = outcomes.stream().filter(o -> !o.ok() && o.end() >= killedAt).mapToLong(Outcome::end).max()
                .orElse(killedAt);
        long succeededSince = after.stream().filter(o -> o.start() > lastFailure).count();
        double slowestAfter = after.stream().mapToLong(o -> o.end() - o.start()).max().orElse(0) / 1e9;
        long total = after.size() + inFlight.size();
        System.out.printf("Failover: pid %d (%s) killed at %d s; before the kill %d requests, %d failed; in flight at "
                        + "the kill %d, %d failed; after it %d requests, %d failed; failed share from the kill on %.2f %% "
                        + "(%d of %d); every request succeeds again %.1f s after the kill (%d succeeded since); slowest "
                        + "after the kill %.2f s%n", victimPid, victim, killAtSeconds, before.size() - inFlight.size(),
                failedBefore, inFlight.size(), failedInFlight, after.size(), failedAfter,
                total == 0 ? 0 : 100.0 * (failedInFlight + failedAfter) / total, failedInFlight + failedAfter, total,
                (lastFailure - killedAt) / 1e9, succeededSince, slowestAfter);
        System.out.printf("Load average at the start %s, at the end %s (2 processors, shared)%n", loadAtStart,
                ServerProcess.loadAverage());
    }
}
