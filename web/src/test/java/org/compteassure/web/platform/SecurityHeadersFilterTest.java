package org.compteassure.web.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void formsMayLeadToFranceConnectOnlyWhenItIsConfigured() {
        assertTrue(SecurityHeadersFilter.policy(Optional.empty()).contains("form-action 'self';"));
        assertTrue(SecurityHeadersFilter.policy(Optional.of("https://fcp.integ01.dev-franceconnect.fr"))
                .contains("form-action 'self' https://fcp.integ01.dev-franceconnect.fr;"));
    }
}
