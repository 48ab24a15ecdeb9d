package org.compteassure.web.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.messaging.AdviserDeskService.SubjectStats;

/** /admin/messagerie: threads per subject and the share answered within 48 hours. */
@Named
@RequestScoped
public class MessagingStatsBacking {

    @EJB
    private AdviserDeskService desk;

    private List<SubjectStats> stats;

    public List<SubjectStats> getStats() {
        if (stats == null) {
            stats = desk.stats();
        }
        return stats;
    }

    public long getTotal() {
        return getStats().stream().mapToLong(SubjectStats::threads).sum();
    }

    public long getTotalPercent() {
        long total = getTotal();
        long inTime = getStats().stream().mapToLong(SubjectStats::answeredInTime).sum();
        return new SubjectStats(null, total, inTime).answeredInTimePercent();
    }
}
