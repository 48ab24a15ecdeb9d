package org.compteassure.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;

/**
 * Drill (mvn -Pfaults verify): the drills' own PostgreSQL is stopped (a fast shutdown, as {@code pg_ctlcluster
 * restart} does) while four logged-in people browse their payments and home page, then started again. During the
 * outage every answer is 200 (served before the failure reached it) or the static French 503 page, never a 500 or an
 * empty body; within 10 s of the database's return every answer is 200 again, without restarting WildFly (the pool
 * validates each connection it hands out, configure.cli); no row is lost or half-written (the test-support counts).
 * The figures it prints are in docs/operations.md, "Faults".
 */
class DatabaseRestartDrillIT extends ClientTest {

    static final String CODE = "Coupure-Base-Lavande-42";

    static final int PEOPLE = 4;

    /** One answer: when (ms since the drill began), its status, and whether its body was the 503 page. */
    record Answer(long at, int status, boolean outagePage, int length) {
    }

    @Test
    void aDatabaseRestartGivesThe503PageThenNormalServiceWithinTenSeconds() throws Exception {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            People.Person person = People.fresh(false);
            Site site = newSite();
            Accounts.openWithoutEmail(site, person, CODE);
            Accounts.login(site, person.nir13(), CODE);
            assertEquals(200, site.get("/espace/paiements").statusCode());
            sites.add(site);
        }
        String before = newSite().counts();

        long start = System.nanoTime();
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        ExecutorService browsing = Executors.newFixedThreadPool(PEOPLE);
        List<Future<?>> people = new ArrayList<>();
        for (Site site : sites) {
            people.add(browsing.submit(() -> {
                for (int n = 0; running.get(); n++) {
                    HttpResponse<String> page = site.get(n % 2 == 0 ? "/espace/paiements" : "/espace/accueil");
                    answers.add(new Answer(millisSince(start), page.statusCode(),
                            page.body().contains("Service momentanément indisponible"), page.body().length()));
                }
            }));
        }
        awaitAnswers(answers, a -> a.status() == 200, 20, 30);
        long down = millisSince(start);
        postgresql("stop");
        long stopped = millisSince(start);
        awaitAnswers(answers, a -> a.at() > stopped && a.status() == 503, 8, 30);
        postgresql("start");
        long up = millisSince(start);
        awaitAnswers(answers, a -> a.at() > up + 10_000, 1, 30);
        running.set(false);
        for (Future<?> person : people) {
            person.get(60, TimeUnit.SECONDS);
        }
        browsing.shutdown();

        Map<Integer, Integer> statuses = new TreeMap<>();
        answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        long firstOk = answers.stream().filter(a -> a.at() > up && a.status() == 200).mapToLong(Answer::at).min()
                .orElseThrow();
        long lastFailure = answers.stream().filter(a -> a.status() != 200).mapToLong(Answer::at).max().orElseThrow();
        long outagePages = answers.stream().filter(a -> a.status() == 503 && a.outagePage()).count();
        System.out.printf("Database restart drill: %d answers %s; stopped in %d ms, started in %d ms; "
                        + "last failure %d ms after the start, first 200 after it %d ms; %d 503 pages%n",
                answers.size(), statuses, stopped - down, up - stopped, lastFailure - up, firstOk - up, outagePages);

        assertEquals(List.of(), answers.stream().filter(a -> a.status() != 200 && a.status() != 503).toList(),
                "never a 500, a redirect or another status");
        assertEquals(List.of(), answers.stream().filter(a -> a.status() == 503 && !a.outagePage()).toList(),
                "every 503 is the French page");
        assertEquals(List.of(), answers.stream().filter(a -> a.length() == 0).toList(), "never an empty body");
        assertTrue(lastFailure - up <= 10_000, "normal service within 10 s of the database's return: "
                + (lastFailure - up) + " ms");
        assertEquals(before, newSite().counts(), "no row lost or written by the outage");
    }

    static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Waits (real time: the outage is real) until {@code count} answers match, at most {@code seconds}. */
    static void awaitAnswers(ConcurrentLinkedQueue<Answer> answers, Predicate<Answer> matching, int count,
                             int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (answers.stream().filter(matching).count() < count) {
            assertTrue(System.nanoTime() < deadline, "not " + count + " such answers within " + seconds + " s");
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** The drills' own PostgreSQL (ear/src/test/faults/postgresql.sh): start, stop, kill, restart. */
    static void postgresql(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", System.getProperty("faults.pg.script"), action,
                System.getProperty("faults.pg.data"), System.getProperty("faults.pg.port"))
                .inheritIO().start();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "postgresql.sh " + action + " did not end");
        assertEquals(0, process.exitValue(), "postgresql.sh " + action);
    }
}
