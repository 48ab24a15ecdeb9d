package org.compteassure.web.card;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.persistence.card.CardStatus;
import org.compteassure.service.BusinessException;
import org.compteassure.service.card.CardOrderRow;
import org.compteassure.service.card.CardService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/** /admin/cartes: the latest European card orders, each moved to its next status by an administrator. */
@Named
@RequestScoped
public class CardsAdminBacking {

    private static final int SHOWN = 200;

    @EJB
    private CardService cards;

    private List<CardOrderRow> orders;

    public List<CardOrderRow> getOrders() {
        if (orders == null) {
            orders = cards.recentOrders(SHOWN);
        }
        return orders;
    }

    public String advance(long orderId, String next) {
        try {
            cards.advance(orderId, CardStatus.valueOf(next));
            Messages.flash("cartes.advanced");
        } catch (BusinessException | IllegalArgumentException e) {
            Messages.flash("cartes.notAdvanced");
        }
        return Http.redirect("/admin/cartes");
    }
}
