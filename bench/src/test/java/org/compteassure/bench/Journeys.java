package org.compteassure.bench;

import io.gatling.javaapi.core.Session;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.service.notification.DevMailbox;

/**
 * What the journeys (bench/src/test: {@code JourneySimulation}, reused by the soak) need besides Gatling's DSL: the
 * people they log in as, the e-mailed login code read from the dev mail sink, and the CPU accounts that Gatling does
 * not give: the server's per journey, the load tool's own, the mail sink's, with the load average.
 * <p>
 * The second step is the e-mailed code rather than an authenticator: it is the second step of every person with an
 * e-mail address and no strong factor (most people), its server cost (the code stored hashed, the mail through the
 * outbox and SMTP) belongs to the journey, and a TOTP code would need the seeds generated encrypted under the
 * server's factor key, a second copy of {@code FactorCipher}'s format in the generator.
 */
public final class Journeys {

    public static final String DEFAULT_CODE = PaymentDataset.DEFAULT_CODE;
    /** The message a journey writes, and its attachment (a one-page PDF, in bench/src/test/resources). */
    public static final String MESSAGE_TEXT = "Bonjour, veuillez trouver ci-joint l'attestation demandée. Cordialement.";
    public static final String ATTACHMENT = "journeys/attestation.pdf";
    /** The notice kind whose channel a journey switches in « Mes informations », and the two channels it switches. */
    private static final String SWITCHED_KIND = ":REMINDER";
    private static final String LOGIN_CODE_SUBJECT = "Votre code de connexion";
    /** The code stands on a line of its own (the greeting names the person, "Personne 713515", also six digits). */
    private static final Pattern SIX_DIGITS = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$");

    private final long population;
    private final String code;
    private final int warmupSeconds;
    private final long server;
    private final long sink = Long.getLong("bench.sinkPid", find("greenmail-standalone.jar"));
    private final long self = ProcessHandle.current().pid();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong measuredNanos = new AtomicLong();
    private volatile long measureFrom = Long.MAX_VALUE;
    private long[] cpuAtStart;
    private String loadAtStart;

    public Journeys(String url, long population, String code, int warmupSeconds) {
        this.server = Long.getLong("bench.serverPid", ServerProcess.find(java.net.URI.create(url)));
        this.population = population;
        this.code = code;
        this.warmupSeconds = warmupSeconds;
    }

    /**
     * The people, as Gatling's feeder: odd orders (they have an e-mail address), from a random start, each once until
     * all have come (a long soak on a small dataset then brings them back, as people come back).
     */
    public Iterator<Map<String, Object>> people() {
        long pairs = population / 2;
        long start = ThreadLocalRandom.current().nextLong(pairs);
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                long order = 2 * ((start + next++) % pairs) + 1;
                Map<String, Object> person = new HashMap<>();
                person.put("order", order);
                person.put("nir", PaymentDataset.nir(order));
                person.put("email", PaymentDataset.email(order));
                person.put("code", code);
                return person;
            }
        };
    }

    /** The login codes in the sink's answer for the session's address (400, none yet: an empty list), oldest first. */
    public static List<String> loginCodes(String body, Session session) {
        if (body == null || !body.startsWith("[")) {
            return List.of();
        }
        return DevMailbox.parse(session.getString("email"), body).stream()
                .filter(mail -> mail.subject().startsWith(LOGIN_CODE_SUBJECT))
                .map(mail -> {
                    Matcher digits = SIX_DIGITS.matcher(mail.text());
                    return digits.find() ? digits.group(1) : "";
                })
                .toList();
    }

    /** Whether the code of this login arrived: more login codes now than before it was asked. */
    public static boolean codeArrived(Session session) {
        return session.contains("codesNow")
                && session.<List<String>>get("codesNow").size() > session.<List<String>>get("codesBefore").size();
    }

    /** Whether to stop waiting for the code; says so, with what the sink answered, when it does. */
    public static boolean gaveUp(Session session, boolean tooLong) {
        if (tooLong) {
            System.out.println("No login code for " + session.getString("email") + " after 120 polls (a minute): before "
                    + session.get("codesBefore") + ", now " + session.get("codesNow"));
        }
        return tooLong;
    }

    public static String newestCode(Session session) {
        List<String> codes = session.get("codesNow");
        return codes.get(codes.size() - 1);
    }

    /** A redirect's path, without the scheme, host and port the server may add. */
    public static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "").split(";")[0];
    }

    /** Care payments (everyone has some) over the last 12 to 27 months, a period differing from person to person. */
    public static String filteredPayments(Session session, YearMonth now) {
        long order = session.getLong("order");
        YearMonth from = now.minusMonths(11 + order % (PaymentDataset.MONTHS - 11));
        return "/espace/paiements?du=" + from + "&au=" + now + "&type=soins";
    }

    /**
     * The « Mes informations » notices form as the page rendered it (Gatling's form check: its hidden fields and the
     * checked radio buttons), with reminders switched between by letter and by e-mail and letter, so that every
     * journey changes something and the next one can switch it back.
     */
    public static Map<String, Object> reminderSwitched(Map<String, Object> form) {
        Map<String, Object> switched = new HashMap<>(form);
        String kind = form.keySet().stream().filter(name -> name.endsWith(SWITCHED_KIND)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No reminder channel in the notices form: " + form));
        switched.put(kind, "BOTH".equals(form.get(kind)) ? "LETTER" : "BOTH");
        // E-mail notices need the paperless consent ticked: the generated people have e-mail notices and no consent
        // recorded yet, so their first save ticks it (a person saving this form must too); later saves keep it.
        switched.put(kind.substring(0, kind.length() - SWITCHED_KIND.length()) + ":paperless", "on");
        return switched;
    }

    /** Before the first journey: the accounts start after the warm-up (a timer), the load average now. */
    public void start() {
        loadAtStart = ServerProcess.loadAverage();
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep(warmupSeconds * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            cpuAtStart = cpu();
            measureFrom = System.nanoTime();
        });
        timer.setDaemon(true);
        timer.start();
    }

    /** A journey reached its end; counted when it started after the warm-up. */
    public void completed(Session session) {
        long started = session.getLong("started");
        if (started >= measureFrom) {
            completed.incrementAndGet();
            measuredNanos.addAndGet(System.nanoTime() - started);
        }
    }

    /** After the last journey: CPU per journey of the server, of this load tool and of the mail sink. */
    public void report() {
        long[] end = cpu();
        long journeys = completed.get();
        System.out.printf("%nJourneys started after the %d s warm-up and completed: %d, mean %.0f ms each%n",
                warmupSeconds, journeys, journeys == 0 ? 0 : measuredNanos.get() / 1e6 / journeys);
        if (cpuAtStart == null || journeys == 0) {
            System.out.println("No journey after the warm-up: no CPU per journey");
            return;
        }
        String[] names = {"server (WildFly)", "load tool (Gatling's JVM)", "mail sink (GreenMail)"};
        for (int i = 0; i < names.length; i++) {
            System.out.printf("CPU per journey, %-26s %s%n", names[i] + ":", cpuAtStart[i] < 0 || end[i] < 0 ? "not measured"
                    : String.format("%.1f ms", (double) (end[i] - cpuAtStart[i]) / journeys));
        }
        System.out.printf("Load average at the start %s, at the end %s (2 processors, shared)%n", loadAtStart,
                ServerProcess.loadAverage());
    }

    private long[] cpu() {
        return new long[] {ServerProcess.cpuMillis(server), ServerProcess.cpuMillis(self), ServerProcess.cpuMillis(sink)};
    }

    private static long find(String jar) {
        List<Long> found = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(jar)).orElse(false))
                .map(ProcessHandle::pid).toList();
        return found.size() == 1 ? found.get(0) : 0;
    }
}
