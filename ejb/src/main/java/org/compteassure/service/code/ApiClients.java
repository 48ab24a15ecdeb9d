package org.compteassure.service.code;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.compteassure.service.platform.Installation;

/**
 * The native applications registered by configuration (CA_API_CLIENTS): entries separated by {@code ;}, each
 * {@code id|name|redirect URIs (space-separated)|scopes (space-separated)}. They are public clients (RFC 8252 § 8.4:
 * no secret a published application could keep), so PKCE is what binds a code to the application that asked for it.
 */
@ApplicationScoped
public class ApiClients {

    /** Every scope an application may be given; each API endpoint needs one. */
    public static final Set<String> SCOPES = Set.of(ApiScopes.IDENTITY, ApiScopes.PAYMENTS, ApiScopes.DOCUMENTS,
            ApiScopes.CARD, ApiScopes.MESSAGES, ApiScopes.DEMARCHES, ApiScopes.NOTICES);

    /** One registered application. */
    public record ApiClient(String id, String name, List<String> redirectUris, Set<String> scopes) {

        /**
         * Whether the application registered this redirect URI: exactly, or, for a loopback address (RFC 8252
         * § 7.3), the same but for the port, which the application picks when it starts listening.
         */
        public boolean redirectsTo(String uri) {
            return uri != null && redirectUris.stream().anyMatch(registered -> sameRedirect(registered, uri));
        }

        private static boolean sameRedirect(String registered, String asked) {
            if (registered.equals(asked)) {
                return true;
            }
            try {
                URI r = URI.create(registered);
                URI a = URI.create(asked);
                return "http".equals(r.getScheme()) && "127.0.0.1".equals(r.getHost()) && r.getPort() == -1
                        && "http".equals(a.getScheme()) && "127.0.0.1".equals(a.getHost())
                        && a.getRawUserInfo() == null && a.getRawQuery() == null && a.getRawFragment() == null
                        && r.getRawPath().equals(a.getRawPath());
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }

    @Inject
    private Installation installation;

    private volatile Map<String, ApiClient> clients;

    public Optional<ApiClient> find(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(all().get(clientId));
    }

    private Map<String, ApiClient> all() {
        Map<String, ApiClient> known = clients;
        if (known == null) {
            known = parse(installation.apiClients());
            clients = known;
        }
        return known;
    }

    /** @throws IllegalStateException saying which entry is wrong */
    static Map<String, ApiClient> parse(String setting) {
        Map<String, ApiClient> parsed = new LinkedHashMap<>();
        for (String entry : setting == null ? new String[0] : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("\\|");
            if (parts.length != 4 || parts[0].isBlank() || parts[2].isBlank()) {
                throw new IllegalStateException("CA_API_CLIENTS: \"" + entry.strip()
                        + "\" is not id|name|redirect URIs|scopes");
            }
            Set<String> scopes = words(parts[3]).collect(Collectors.toUnmodifiableSet());
            if (!SCOPES.containsAll(scopes)) {
                throw new IllegalStateException("CA_API_CLIENTS: unknown scope in \"" + parts[3] + "\" (known: "
                        + SCOPES + ")");
            }
            parsed.put(parts[0].strip(), new ApiClient(parts[0].strip(), parts[1].strip(),
                    words(parts[2]).toList(), scopes));
        }
        return Map.copyOf(parsed);
    }

    private static java.util.stream.Stream<String> words(String list) {
        return Arrays.stream(list.strip().split("\\s+")).filter(word -> !word.isEmpty());
    }
}
