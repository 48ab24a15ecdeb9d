package org.compteassure.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.UncheckedIOException;
import java.util.List;
import org.compteassure.service.notification.DevMailbox;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;
import org.compteassure.service.platform.Installation;
import org.compteassure.web.platform.Http;

/**
 * /dev/courriels: what the embedded mail sink received, for a person trying the demo on their own machine. 404 unless
 * CA_DEMO=true and the client is the machine itself ({@link Installation#showsDevMailboxTo}).
 */
@Named
@RequestScoped
public class DevMailboxBacking {

    @Inject
    private Installation installation;

    private List<ReceivedMail> mails = List.of();
    private boolean unavailable;

    public void load() {
        if (!installation.showsDevMailboxTo(Http.request().getRemoteAddr())) {
            Http.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            mails = new DevMailbox(installation.devMailboxUrl()).all();
        } catch (UncheckedIOException e) {
            unavailable = true;
        }
    }

    public List<ReceivedMail> getMails() {
        return mails;
    }

    /** Whether the footer links to this page: the same rule as the page itself. */
    public boolean isShown() {
        return installation.showsDevMailboxTo(Http.request().getRemoteAddr());
    }

    public boolean isUnavailable() {
        return unavailable;
    }
}
