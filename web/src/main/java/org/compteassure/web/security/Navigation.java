package org.compteassure.web.security;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.platform.WrittenComponent;

/**
 * {@code <ca:navigation me="#{me}" unread="#{mailboxBacking.unread}"/>}: the main navigation once logged in, the
 * insured person's space or the staff's desk, the current page marked {@code aria-current="page"}, the count of unread
 * replies beside « Ma messagerie ».
 * <p>
 * Written in Java because every page has it: as Facelets markup its links were three EL expressions each (address,
 * current page, label) and a component each, built and evaluated again on every request of every page.
 */
@FacesComponent("org.compteassure.Navigation")
public class Navigation extends WrittenComponent {

    /** A link: the page's address (without ".xhtml"), its label's key, and who is offered it. */
    private record Link(String path, String label, Predicate<CurrentUser> offeredTo) {
    }

    private static final Predicate<CurrentUser> ALWAYS = me -> true;
    private static final Predicate<CurrentUser> STAFF = me -> me.isAdviser() || me.isAdmin();
    private static final Predicate<CurrentUser> ADVISER = CurrentUser::isAdviser;
    private static final Predicate<CurrentUser> ADMIN = CurrentUser::isAdmin;
    private static final String MESSAGES = "/espace/messagerie";

    private static final List<Link> INSURED = List.of(
            new Link("/espace/accueil", "nav.home", ALWAYS),
            new Link("/espace/paiements", "nav.payments", ALWAYS),
            new Link("/espace/documents", "nav.documents", ALWAYS),
            new Link("/espace/demarches", "nav.demarches", ALWAYS),
            new Link(MESSAGES, "nav.messages", ALWAYS),
            new Link("/espace/carte-europeenne", "nav.card", ALWAYS),
            new Link("/espace/rendez-vous", "nav.appointments", ALWAYS),
            new Link("/espace/informations", "nav.information", ALWAYS),
            new Link("/espace/securite", "nav.security", ALWAYS),
            new Link(ActingGuard.MANDATES_PAGE, "nav.mandates", ALWAYS));

    private static final List<Link> DESK = List.of(
            new Link("/conseiller/messagerie", "nav.adviserInbox", ADVISER),
            new Link("/conseiller/assures", "nav.people", ADVISER),
            new Link("/conseiller/courriers", "nav.letters", ADVISER),
            new Link("/conseiller/rendez-vous", "nav.adviserAppointments", ADVISER),
            new Link("/admin/imports", "nav.imports", ADMIN),
            new Link("/admin/personnel", "nav.staff", ADMIN),
            new Link("/admin/cartes", "nav.cards", ADMIN),
            new Link("/admin/messagerie", "nav.adminMessaging", ADMIN),
            new Link("/conseiller/sessions", "nav.staffSessions", STAFF),
            new Link("/conseiller/mot-de-passe", "nav.staffPassword", STAFF));

    /** The bundle keys of one menu's labels, for the test that no two items of a menu read alike. */
    static List<String> labelKeys(boolean insured) {
        return (insured ? INSURED : DESK).stream().map(Link::label).toList();
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        CurrentUser me = attribute("me");
        List<Link> links = me.isInsured() ? INSURED : STAFF.test(me) ? DESK : List.of();
        if (links.isEmpty()) {
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        String root = context.getExternalContext().getRequestContextPath();
        String current = context.getViewRoot().getViewId();
        writer.startElement("nav", this);
        writer.writeAttribute("class", "main-nav", null);
        writer.writeAttribute("aria-label", Messages.text("page.mainNav"), null);
        writer.startElement("div", this);
        writer.writeAttribute("class", "container", null);
        writer.startElement("ul", this);
        writer.writeAttribute("id", "main-menu", null);
        writer.writeAttribute("data-menu", Messages.text("page.menu"), null);
        for (Link link : links) {
            if (!link.offeredTo().test(me) || (me.isActing() && !ActingGuard.opens(me.getActingFor(), link.path()))) {
                continue;
            }
            writer.startElement("li", this);
            writer.startElement("a", this);
            writer.writeURIAttribute("href", root + link.path(), null);
            if (current.equals(link.path() + ".xhtml")) {
                writer.writeAttribute("aria-current", "page", null);
            }
            writer.writeText(Messages.text(link.label()), null);
            if (link.path().equals(MESSAGES)) {
                writeUnread(writer);
            }
            writer.endElement("a");
            writer.endElement("li");
        }
        writer.endElement("ul");
        writer.endElement("div");
        writer.endElement("nav");
    }

    /** ", 1 réponse non lue", ", 2 réponses non lues" for a screen reader, the badge "2" on screen; nothing without unread replies. */
    private void writeUnread(ResponseWriter writer) throws IOException {
        long unread = this.<Long>attribute("unread");
        if (unread > 0) {
            textElement(writer, "span", "visually-hidden", ", ");
            writer.startElement("span", this);
            writer.writeAttribute("class", "badge badge-info nav-count", null);
            writer.writeText(String.valueOf(unread), null);
            textElement(writer, "span", "visually-hidden", " " + Messages.text("nav.messages.unread", unread));
            writer.endElement("span");
        }
    }
}
