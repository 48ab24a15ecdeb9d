package org.compteassure.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Recovery codes just issued, shown by {@code WEB-INF/includes/recovery-codes.xhtml} on this response only: they
 * live as long as the request, never in the session, and cannot be shown again.
 */
@Named
@RequestScoped
public class ShownRecoveryCodes {

    private List<String> codes = List.of();

    public void show(List<String> issued) {
        codes = List.copyOf(issued);
    }

    public List<String> getCodes() {
        return codes;
    }

    public boolean isShown() {
        return !codes.isEmpty();
    }
}
