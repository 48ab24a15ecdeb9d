package org.compteassure.bench.journey;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import org.compteassure.bench.Journeys;

/**
 * The journey mix (bench/README.md, "Journeys"), which the soak reuses: a generated person with an e-mail address
 * logs in — NIR and code, then the 6-digit code e-mailed to them, read from the dev mail sink's REST API as the
 * person would read their mail —, looks at their home page, their payments with a filter, one payment's detail, a
 * monthly statement (PDF), their messages, writes a message to the fund with a PDF attached and opens its thread,
 * changes how reminders reach them in « Mes informations » (by letter ↔ by e-mail and letter: harmless, repeatable,
 * recorded in their history as any change), and logs out. Each virtual user is another person (odd orders of the
 * dataset, from a random start so that runs do not reuse each other's people). Gatling reports p50/p95/p99 per step
 * (HTML with charts in target/gatling/); {@link Journeys} adds the whole journey's server CPU, the load tool's own CPU
 * and the load average.
 * <p>
 * Options (-Dbench.NAME): url (http://localhost:8080), sink (the dev mail sink's API, http://127.0.0.1:2580), rate
 * (journeys started per second, 2), or users (people on the portal at any time: a closed model, each journey's end
 * bringing the next person; the soak's) reached over ramp seconds (0), duration (s, 120), thinkMin and thinkMax
 * (s, 0: a pause drawn between them after each page), warmup (s, 30: journeys started then are not in the CPU per journey), population (1000000), code,
 * serverPid (the only jboss-modules process), maxFailed (failed requests tolerated; by default under 1 %).
 */
public class JourneySimulation extends Simulation {

    private static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";

    private final String url = System.getProperty("bench.url", "http://localhost:8080");
    private final String sink = System.getProperty("bench.sink", "http://127.0.0.1:2580");
    private final double rate = Double.parseDouble(System.getProperty("bench.rate", "2"));
    private final int duration = Integer.getInteger("bench.duration", 120);
    private final int warmup = Integer.getInteger("bench.warmup", 30);
    private final int users = Integer.getInteger("bench.users", 0);
    private final int ramp = Integer.getInteger("bench.ramp", 0);
    private final long thinkMin = Math.round(Double.parseDouble(System.getProperty("bench.thinkMin", "0")) * 1000);
    private final long thinkMax = Math.round(Double.parseDouble(System.getProperty("bench.thinkMax", "0")) * 1000);
    private final int maxFailed = Integer.getInteger("bench.maxFailed", -1);
    private final Journeys journeys = new Journeys(url, Long.getLong("bench.population", 1_000_000L),
            System.getProperty("bench.code", Journeys.DEFAULT_CODE), warmup);

    private final HttpProtocolBuilder protocol = http.baseUrl(url)
            .acceptHeader("text/html")
            .acceptLanguageHeader("fr-FR,fr")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling journeys")
            .disableFollowRedirect()
            .disableCaching();

    /** The login codes the person has received so far, read from the dev mail sink (not a step of the journey). */
    private ChainBuilder mailbox(String saveAs) {
        // The address as it is (Gatling encodes the URL itself); JSON, or the sink answers 406 to the pages' Accept.
        return exec(http("mail sink").get(session -> sink + "/api/user/" + session.getString("email") + "/messages/INBOX")
                .header("Accept", "application/json").silent()
                .check(status().in(200, 400), bodyString().transformWithSession(Journeys::loginCodes).saveAs(saveAs)));
    }

    private final ChainBuilder login = exec(
            http("1 login page").get("/").check(status().is(200), regex(VIEW_STATE).saveAs("viewState")),
            mailbox("codesBefore"),
            http("2 NIR and code").post("/")
                    .formParam("login", "login").formParam("login:nir", "#{nir}").formParam("login:code", "#{code}")
                    .formParam("login:submit", "Se connecter").formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(302), header("Location").transform(Journeys::path).is("/verification")),
            http("3 second step page").get("/verification")
                    .check(status().is(200), regex(VIEW_STATE).saveAs("viewState")),
            asLongAs(session -> !Journeys.codeArrived(session), "mailPolls").on(
                    mailbox("codesNow")
                            .exitHereIf(session -> Journeys.gaveUp(session, session.getInt("mailPolls") > 120))
                            .pause(Duration.ofMillis(500))),
            exec(session -> session.set("mailCode", Journeys.newestCode(session))),
            http("4 e-mailed code").post("/verification")
                    .formParam("verification", "verification").formParam("verification:code", "#{mailCode}")
                    .formParam("verification:submit", "Valider").formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(302), header("Location").transform(Journeys::path).is("/espace/accueil")));

    private final ChainBuilder visit = exec(
            http("5 home").get("/espace/accueil").check(status().is(200)),
            think(),
            http("6 payments, filtered").get(session -> Journeys.filteredPayments(session,
                            YearMonth.now(ZoneId.of("Europe/Paris"))))
                    .check(status().is(200), regex("/espace/paiement\\?id=(\\d+)").optional().saveAs("paymentId")),
            think(),
            // The period drawn for the person may hold none of their care payments: then there is no detail to open.
            doIf("#{paymentId.exists()}").then(
                    exec(http("7 payment detail").get("/espace/paiement?id=#{paymentId}").check(status().is(200)),
                            think())),
            http("8 monthly statement (PDF)").get(session -> "/espace/document/releve-mensuel?mois="
                            + YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(1))
                    .check(status().is(200), header("Content-Type").is("application/pdf")),
            think(),
            http("9 messages").get("/espace/messagerie").check(status().is(200)),
            think());

    /** A message to the fund with a PDF attached, as the new-message form posts it (multipart), then its thread. */
    private final ChainBuilder message = exec(
            http("10 new message page").get("/espace/nouveau-message")
                    .check(status().is(200), regex(VIEW_STATE).saveAs("viewState"),
                            regex("<option value=\"([A-Z_]+)\"").saveAs("subject")),
            think(),
            http("11 message sent, with a PDF").post("/espace/nouveau-message")
                    .formParam("write", "write").formParam("write:subject", "#{subject}")
                    .formParam("write:text", Journeys.MESSAGE_TEXT)
                    .formParam("write:submit", "Envoyer").formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formUpload("write:files", Journeys.ATTACHMENT)
                    .check(status().is(302), header("Location").saveAs("thread"),
                            header("Location").transform(location -> Journeys.path(location).split("\\?")[0])
                                    .is("/espace/conversation")),
            http("12 the message's thread").get(session -> Journeys.path(session.getString("thread")))
                    .check(status().is(200)),
            think());

    /** « Mes informations »: how reminders come (by letter, or by e-mail and letter) switched, saved, shown again. */
    private final ChainBuilder profile = exec(
            http("13 my information").get("/espace/informations")
                    .check(status().is(200), form("#notices").saveAs("notices")),
            think(),
            http("14 notice settings changed").post("/espace/informations")
                    .formParamMap(session -> Journeys.reminderSwitched(session.getMap("notices")))
                    .formParam("notices:submit", "Enregistrer")
                    .check(status().is(302), header("Location").transform(Journeys::path).is("/espace/informations")),
            http("15 my information, saved").get("/espace/informations")
                    .check(status().is(200), regex(VIEW_STATE).saveAs("viewState")),
            think());

    private final ChainBuilder logout = exec(
            http("16 log out").post("/espace/informations")
                    .formParam("logout", "logout").formParam("logout:submit", "Se déconnecter")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(302)),
            exec(session -> {
                journeys.completed(session);
                return session;
            }));

    private final ScenarioBuilder journey = scenario("journey")
            .feed(journeys.people())
            .exec(session -> session.set("started", System.nanoTime()))
            .exec(login, visit, message, profile, logout);

    {
        PopulationBuilder population = users > 0
                // Closed: that many people on the portal at any time, each journey's end bringing the next person.
                // The first ones arrive over bench.ramp seconds, not all logging in at the same instant.
                ? ramp > 0 ? journey.injectClosed(rampConcurrentUsers(0).to(users).during(Duration.ofSeconds(ramp)),
                        constantConcurrentUsers(users).during(Duration.ofSeconds(duration - ramp)))
                : journey.injectClosed(constantConcurrentUsers(users).during(Duration.ofSeconds(duration)))
                : journey.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(duration)));
        setUp(population)
                .protocols(protocol)
                .assertions(maxFailed < 0 ? global().failedRequests().percent().lt(1.0)
                        : global().failedRequests().count().lte((long) maxFailed));
    }

    /** A person reading the page before the next click: thinkMin to thinkMax seconds (0 by default: none). */
    private ChainBuilder think() {
        return thinkMax > 0 ? pause(Duration.ofMillis(thinkMin), Duration.ofMillis(thinkMax)) : exec(session -> session);
    }

    @Override
    public void before() {
        journeys.start();
    }

    @Override
    public void after() {
        journeys.report();
    }
}
