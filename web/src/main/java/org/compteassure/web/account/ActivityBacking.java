package org.compteassure.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.persistence.security.AccountActivity.Kind;
import org.compteassure.service.security.ActivityLine;
import org.compteassure.service.security.ActivityService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.SignIn;

/** /espace/activite: "Activité de mon compte", and "Ce n'était pas moi". */
@Named
@RequestScoped
public class ActivityBacking {

    @EJB
    private ActivityService activity;

    @Inject
    private SignIn signIn;

    private List<ActivityLine> lines;

    public List<ActivityLine> getLines() {
        if (lines == null) {
            lines = activity.activity();
        }
        return lines;
    }

    /**
     * What the line adds, as people read it: a factor's own name as its owner gave it; why a code was chosen from the
     * bundle, and nothing for a reason the bundle does not know (never an internal word).
     */
    public String detail(ActivityLine line) {
        if (line.detail() == null) {
            return null;
        }
        if (line.kind() == Kind.FACTOR_ADDED || line.kind() == Kind.FACTOR_REMOVED) {
            return line.detail();
        }
        String key = "activite.detail." + line.detail();
        return Messages.exists(key) ? Messages.text(key) : null;
    }

    /** Everything is ended and blocked; the person lands on the login page, which says what to do now. */
    public String notMe() {
        activity.notMe();
        signIn.out();
        return Http.redirect("/?info=signale");
    }
}
