package org.compteassure.service.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.compteassure.persistence.platform.DatabaseHealthCheck;

/**
 * What kind of installation this is, from the settings configure.cli turns into system properties. Demo data, their
 * published logins and the dev mailbox exist only when {@code CA_DEMO=true} (the run command sets it), whatever the
 * database: a server on H2 or PostgreSQL started without it has none. {@code CA_BASE_URL} has no default: a
 * forgotten setting would put {@code localhost} links into real mails and letters, so the application refuses to
 * start without it ({@link SettingsCheck}).
 */
@Named
@ApplicationScoped
public class Installation {

    public static final String DATASOURCE = DatabaseHealthCheck.DATASOURCE;

    /** The demo installation's factor key: public, so never protecting real data. */
    private static final String DEVELOPMENT_FACTOR_KEY = "Y29tcHRlLWFzc3VyZS1kZXZlbG9wbWVudC1rZXkhISE=";

    /** The demo installation's key for the applications' access tokens: public, so never protecting real data. */
    private static final String DEVELOPMENT_API_TOKEN_KEY = "Y29tcHRlLWFzc3VyZS1kZXYtYXBpLXRva2VuLWtleSEh";

    /** The demo installation's one application, when CA_API_CLIENTS names none (ApiClients' format). */
    private static final String DEVELOPMENT_API_CLIENTS = "appli-demo|Application de démonstration|"
            + "http://127.0.0.1/retour fr.compteassure.demo:/retour|identite paiements documents carte messagerie demarches avis";

    /** Whether demo data and the dev mailbox are wanted (CA_DEMO). */
    public boolean isDemo() {
        return demo(System.getProperty("compteassure.demo"));
    }

    /** Only the word {@code true}, in any case: anything else, or nothing, means a real installation. */
    static boolean demo(String setting) {
        return setting != null && "true".equalsIgnoreCase(setting.strip());
    }

    /** The address people reach the service at, for links in e-mails and letters (CA_BASE_URL), without a final /. */
    public String baseUrl() {
        return baseUrl(System.getProperty("compteassure.base-url"));
    }

    /** @throws IllegalStateException saying what to set, when the setting is missing or not an http(s) address */
    static String baseUrl(String setting) {
        String value = setting == null ? "" : setting.strip();
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (value.isEmpty() || uri == null || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("CA_BASE_URL must be set to the public address of the service, such as "
                    + "https://compte.example.fr (its links in mails, letters and PDFs): "
                    + (value.isEmpty() ? "it is not set" : "\"" + value + "\" is not an http(s) address"));
        }
        return value.replaceAll("/+$", "");
    }

    /**
     * The fund's name and postal address at the top of every letter and document: {@code CA_FUND_NAME} (default
     * « Caisse d'assurance maladie ») and {@code CA_FUND_ADDRESS}, its lines separated by {@code |}.
     */
    public Letterhead letterhead() {
        return letterhead(System.getProperty("compteassure.fund-name"), System.getProperty("compteassure.fund-address"));
    }

    /** @throws IllegalStateException saying what to fix, for an address of more than three lines */
    static Letterhead letterhead(String name, String address) {
        List<String> lines = address == null ? List.of() : Arrays.stream(address.split("\\|"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() > Letterhead.MAX_ADDRESS_LINES) {
            throw new IllegalStateException("CA_FUND_ADDRESS has " + lines.size() + " lines; at most "
                    + Letterhead.MAX_ADDRESS_LINES + " (separated by |) fit the top of a letter");
        }
        return new Letterhead(name == null || name.isBlank() ? FundPdf.defaultFundName() : name, lines);
    }

    /**
     * Where counter appointments are held ({@code CA_COUNTER_ADDRESS}, its lines separated by {@code |}), as one
     * line; the fund's own address when unset, and « l'accueil de votre caisse » if that is unset too.
     */
    public String counterAddress() {
        String counter = System.getProperty("compteassure.counter-address");
        String address = counter == null || counter.isBlank() ? System.getProperty("compteassure.fund-address") : counter;
        return address == null || address.isBlank() ? "" : String.join(", ", Arrays.stream(address.split("\\|"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    /**
     * The AES key (256 bits, base64) that encrypts second-factor seeds at rest (CA_FACTOR_KEY). Only a demo
     * installation (CA_DEMO=true) has a default, published with the code, so a real server refuses to enrol or check
     * a factor until it is set.
     */
    public byte[] factorKey() {
        // "unset": configure.cli's default when CA_FACTOR_KEY is absent.
        String configured = System.getProperty("compteassure.factor-key", "unset");
        if (configured.isBlank() || configured.equals("unset")) {
            if (!isDemo()) {
                throw new IllegalStateException("CA_FACTOR_KEY is not set: second factors cannot be encrypted");
            }
            configured = DEVELOPMENT_FACTOR_KEY;
        }
        byte[] key = Base64.getDecoder().decode(configured.strip());
        if (key.length != 32) {
            throw new IllegalStateException("CA_FACTOR_KEY must be 32 bytes in base64 (openssl rand -base64 32)");
        }
        return key;
    }

    /**
     * The HMAC key (at least 256 bits, base64) that signs the native applications' access tokens (CA_API_TOKEN_KEY).
     * As for the factor key, only a demo installation has a default, published with the code.
     */
    public byte[] apiTokenKey() {
        String configured = System.getProperty("compteassure.api.token-key", "unset");
        if (configured.isBlank() || configured.equals("unset")) {
            if (!isDemo()) {
                throw new IllegalStateException("CA_API_TOKEN_KEY is not set: applications cannot be given tokens");
            }
            configured = DEVELOPMENT_API_TOKEN_KEY;
        }
        byte[] key = Base64.getDecoder().decode(configured.strip());
        if (key.length < 32) {
            throw new IllegalStateException("CA_API_TOKEN_KEY must be at least 32 bytes in base64 (openssl rand -base64 32)");
        }
        return key;
    }

    /** The registered native applications (CA_API_CLIENTS, parsed by ApiClients); the demo's one by default. */
    public String apiClients() {
        String configured = System.getProperty("compteassure.api.clients", "");
        return configured.isBlank() && isDemo() ? DEVELOPMENT_API_CLIENTS : configured;
    }

    /** How many API calls one token may make in an hour (CA_API_CALLS_PER_HOUR); one address, four times as many. */
    public int apiCallsPerHour() {
        try {
            return Math.max(1, Integer.parseInt(System.getProperty("compteassure.api.calls-per-hour", "1200").strip()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("CA_API_CALLS_PER_HOUR must be a whole number of calls", e);
        }
    }

    /** The REST API of the embedded mail sink (GreenMail), read by the dev mailbox page. */
    public String devMailboxUrl() {
        return System.getProperty("compteassure.dev-mailbox-url", "http://127.0.0.1:2580");
    }

    /**
     * Whether the dev mailbox (every mail with its links and codes) may be shown to a client at this address: on a
     * demo installation, to the machine itself only. The address is the connection's (WildFly is not configured to
     * believe X-Forwarded-For), so a header cannot make a remote client look local.
     */
    public boolean showsDevMailboxTo(String remoteAddress) {
        return devMailboxShown(isDemo(), remoteAddress);
    }

    static boolean devMailboxShown(boolean demo, String remoteAddress) {
        if (!demo || remoteAddress == null) {
            return false;
        }
        String literal = remoteAddress.replaceAll("[\\[\\]]", "").replaceAll("%.*$", "");
        // A literal address only (IPv4 dotted or IPv6 with colons), so that getByName never looks up a name.
        if (!literal.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !literal.matches("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
