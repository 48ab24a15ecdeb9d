package org.compteassure.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.net.MalformedURLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a page exists in this version, so that the navigation never offers a link to a page a later version
 * will bring: {@code #{views.exist('/espace/paiements')}}.
 */
@Named
@ApplicationScoped
public class Views {

    @Inject
    private ServletContext servletContext;

    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    public boolean exist(String path) {
        return known.computeIfAbsent(path, p -> {
            try {
                return servletContext.getResource(p + ".xhtml") != null;
            } catch (MalformedURLException e) {
                return false;
            }
        });
    }
}
