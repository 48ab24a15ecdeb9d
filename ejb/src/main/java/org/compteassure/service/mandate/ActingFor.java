package org.compteassure.service.mandate;

import java.io.Serializable;
import java.util.Set;
import org.compteassure.persistence.mandate.MandateScope;

/** Whom the caller acts for, with which mandate, and which parts of the space it opens: the banner and the menu. */
public record ActingFor(long mandateId, String name, Set<MandateScope> scopes) implements Serializable {

    public boolean covers(MandateScope scope) {
        return scopes.contains(scope);
    }

    /** For the views: {@code covers('PAYMENTS')}. */
    public boolean covers(String scope) {
        return scopes.stream().anyMatch(s -> s.name().equals(scope));
    }
}
