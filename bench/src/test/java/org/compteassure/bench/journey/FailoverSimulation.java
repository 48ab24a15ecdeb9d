package org.compteassure.bench.journey;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.time.Duration;
import org.compteassure.bench.Failover;
import org.compteassure.bench.Journeys;

/**
 * A node killed under load (issue 20; docs/operations.md, "Cluster"): a bounded number of people log in through the
 * balancer (NIR and code; the dataset's even orders have no e-mail address, so no second step), then each asks for
 * their home page in a loop, one request every 200 ms, while one node is killed with kill -9 at a given second.
 * {@link Failover} reports the share of failed requests from the kill on and the time until every request succeeds
 * again; a failure is an error, a status other than 200 or a page that is not the person's (their session lost).
 * <p>
 * Options (-Dbench.NAME): url (the balancer, http://localhost:8280), victim (an address of the node to kill,
 * http://127.0.0.1:8080), sessions (20), duration (s of the loop, 90), killAt (s after the start, 40), population
 * (1000000), code.
 */
public class FailoverSimulation extends Simulation {

    private static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";

    private final String url = System.getProperty("bench.url", "http://localhost:8280");
    private final int sessions = Integer.getInteger("bench.sessions", 20);
    private final int duration = Integer.getInteger("bench.duration", 90);
    private final long population = Long.getLong("bench.population", 1_000_000L);
    private final String code = System.getProperty("bench.code", Journeys.DEFAULT_CODE);
    private final Failover failover = new Failover(URI.create(System.getProperty("bench.victim", "http://127.0.0.1:8080")),
            Integer.getInteger("bench.killAt", 40));

    private final HttpProtocolBuilder protocol = http.baseUrl(url)
            .acceptHeader("text/html")
            .acceptLanguageHeader("fr-FR,fr")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling failover")
            .disableFollowRedirect()
            .disableCaching();

    private final ChainBuilder login = exec(
            http("login page").get("/").check(status().is(200), regex(VIEW_STATE).saveAs("viewState")),
            http("NIR and code").post("/")
                    .formParam("login", "login").formParam("login:nir", "#{nir}").formParam("login:code", "#{code}")
                    .formParam("login:submit", "Se connecter").formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(302), header("Location").transform(Journeys::path).is("/espace/accueil")));

    private final ChainBuilder loop = during(Duration.ofSeconds(duration)).on(
            exec(session -> session.set("sent", System.nanoTime())),
            http("home").get("/espace/accueil").check(status().is(200), substring("Se déconnecter")),
            exec(session -> {
                failover.record(session.getLong("sent"), !session.isFailed());
                return session.markAsSucceeded();
            }).pause(Duration.ofMillis(200)));

    private final ScenarioBuilder people = scenario("logged-in sessions")
            .feed(Failover.people(population, code))
            .exec(login)
            .exitHereIfFailed()
            .exec(loop);

    {
        setUp(people.injectOpen(atOnceUsers(sessions))).protocols(protocol);
    }

    @Override
    public void before() {
        failover.start();
    }

    @Override
    public void after() {
        failover.report();
    }
}
