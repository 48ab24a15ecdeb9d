package org.compteassure.service.notification;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.compteassure.service.security.ActivityEvents.NewDeviceSignIn;

/** Tells the person of a sign-in from a browser never seen on their account, in the transaction that recorded it. */
@ApplicationScoped
public class SecurityNotifications {

    @Inject
    private Notices notices;

    void onNewDevice(@Observes NewDeviceSignIn event) {
        notices.mailHolder(event.accountId(), (name, mails) -> mails.newDeviceSignIn(name, event.when(), event.browser(),
                event.network(), notices.link("/espace/activite")));
    }
}
