package org.compteassure.web.platform;

import jakarta.faces.context.ExternalContext;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.compteassure.service.platform.OperationsMetrics;

/** Small bridges from backing beans to the HTTP exchange. */
public final class Http {

    private Http() {
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public static HttpServletResponse response() {
        return (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }

    /** Post-redirect-get to an application path such as "/espace/accueil?x=y". */
    public static String redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    /** Ends the request with an HTTP error and its French error page (404, 429 …). */
    public static String sendError(int status) {
        if (status == 429) {
            CDI.current().select(OperationsMetrics.class).get().tooManyRequests();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return null;
    }
}
