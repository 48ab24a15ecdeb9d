package org.compteassure.web.demarche;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.demarche.DemarcheView;

/**
 * « Mes démarches » (/espace/demarches): the person's démarches newest first, with their status and history; the
 * home page shows those still in progress. The labels of types and statuses are the bundle's
 * ({@code demarches.type.*}, {@code demarches.status.*}), shared with the adviser's file.
 */
@Named
@RequestScoped
public class DemarchesBacking {

    @EJB
    private DemarcheService demarches;

    private List<DemarcheView> mine;

    public List<DemarcheView> getDemarches() {
        if (mine == null) {
            mine = demarches.mine();
        }
        return mine;
    }

    /** Those still waiting for the fund, for the home page. */
    public List<DemarcheView> getOpen() {
        return getDemarches().stream().filter(DemarcheView::isOpen).toList();
    }

    /** The badge's colour: its text says the status, the colour only repeats it. */
    public static String badgeClass(DemarcheStatus status) {
        return switch (status) {
            case RECEIVED, IN_PROGRESS -> "badge badge-info";
            case DONE -> "badge badge-success";
            case REFUSED -> "badge badge-error";
        };
    }

    public String badge(DemarcheStatus status) {
        return badgeClass(status);
    }
}
