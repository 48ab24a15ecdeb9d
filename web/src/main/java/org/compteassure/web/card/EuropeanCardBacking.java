package org.compteassure.web.card;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.compteassure.persistence.domain.Dates;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.card.CardRefusedException;
import org.compteassure.service.card.CardService;
import org.compteassure.service.card.CardService.Card;
import org.compteassure.service.card.DepartureInPastException;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /espace/carte-europeenne: each person's card and its order status, and the order form (who, date of departure).
 * A departure less than 15 days away offers the provisional certificates of the chosen people instead.
 */
@Named
@RequestScoped
public class EuropeanCardBacking {

    /** The value of the person themselves among the chosen people (children are chosen by their id). */
    public static final String SELF = "moi";

    @EJB
    private CardService cards;

    private List<Card> family;
    private List<String> chosen = new ArrayList<>();
    private LocalDate departure;
    private List<Card> certificates;

    public List<Card> getCards() {
        if (family == null) {
            family = cards.cards();
        }
        return family;
    }

    public String key(Card card) {
        return card.beneficiaryId() == null ? SELF : card.beneficiaryId().toString();
    }

    public String order() {
        List<Long> ids = chosen.stream().map(value -> SELF.equals(value) ? null : Long.valueOf(value)).toList();
        try {
            if (cards.order(ids, departure) == CardService.Outcome.CERTIFICATE) {
                certificates = getCards().stream().filter(card -> chosen.contains(key(card))).toList();
                return null;
            }
        } catch (DepartureInPastException e) {
            Messages.fieldError("order", "departure", "carte.departureInPast");
            return null;
        } catch (NotFoundException e) {
            Messages.fieldError("order", "people", "carte.unknownPerson");
            return null;
        } catch (CardRefusedException e) {
            if (e.renewableFrom() == null) {
                Messages.fieldError("order", "people", "carte.inProgress", e.holder());
            } else {
                Messages.fieldError("order", "people", "carte.stillValid", e.holder(), Dates.table(e.renewableFrom()));
            }
            return null;
        }
        Messages.flash("carte.ordered");
        return Http.redirect("/espace/carte-europeenne");
    }

    /** The people whose provisional certificate the page offers, after an order for a close departure. */
    public List<Card> getCertificates() {
        return certificates;
    }

    /** The certificate's download address for that person. */
    public String certificateLink(Card card) {
        return "/espace/document/certificat-provisoire?depart=" + departure
                + (card.beneficiaryId() == null ? "" : "&pour=" + card.beneficiaryId());
    }

    public String statusKey(Card card) {
        return card.status() == null ? "carte.status.none" : "carte.status." + card.status();
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = Objects.requireNonNullElseGet(chosen, ArrayList::new);
    }

    public LocalDate getDeparture() {
        return departure;
    }

    public void setDeparture(LocalDate departure) {
        this.departure = departure;
    }
}
