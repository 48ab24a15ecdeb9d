package org.compteassure.service.messaging;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Advisers as people read them: « Claire Conseil », never the username they log in with. Messages and access logs
 * keep the username (stable, what the audit needs); pages get the display name it stands for today.
 */
public final class StaffNames {

    private final Map<String, String> names;

    private StaffNames(Map<String, String> names) {
        this.names = names;
    }

    /** The display names of these usernames (nulls ignored), in one query. */
    public static StaffNames of(EntityManager em, Collection<String> usernames) {
        Set<String> wanted = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            em.createNamedQuery("StaffMember.displayNames", Object[].class).setParameter("usernames", wanted)
                    .getResultStream().forEach(row -> found.put((String) row[0], (String) row[1]));
        }
        return new StaffNames(found);
    }

    /** The display name; a member since deleted keeps the fund's name rather than a login. */
    public String name(String username) {
        return username == null ? null : names.getOrDefault(username, FUND);
    }

    /** What a page shows for an adviser no longer on the staff list (the page translates it). */
    public static final String FUND = "";
}
