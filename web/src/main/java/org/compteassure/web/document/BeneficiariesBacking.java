package org.compteassure.web.document;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.compteassure.persistence.domain.Check;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.account.Child;
import org.compteassure.service.account.ChildNotMatchedException;
import org.compteassure.service.account.FamilyService;
import org.compteassure.service.account.PendingChild;
import org.compteassure.service.code.TooManyAttemptsException;
import org.compteassure.service.family.NewbornService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * The include WEB-INF/includes/beneficiaries.xhtml: the person's children (listed under them or attached to them as
 * second parent), those waiting for the fund (a declared newborn, a second parent's request), and the form by which
 * a second parent asks to attach a child.
 */
@Named
@RequestScoped
public class BeneficiariesBacking {

    @EJB
    private FamilyService family;

    @EJB
    private NewbornService newborns;

    private List<Child> children;
    private List<PendingChild> pending;
    private String otherParentNir;
    private String childGivenName;
    private LocalDate childBirthDate;

    public List<Child> getChildren() {
        if (children == null) {
            children = family.children();
        }
        return children;
    }

    /** Newborns « en cours d'inscription », then children whose attachment to this second parent waits. */
    public List<PendingChild> getPending() {
        if (pending == null) {
            pending = Stream.concat(newborns.pending().stream(), family.waitingAttachments().stream()).toList();
        }
        return pending;
    }

    public String attach() {
        Check<Nir, Nir.Problem> nir = Nir.check(otherParentNir, true);
        if (!nir.isValid()) {
            Messages.fieldError("attach", "otherParentNir", "beneficiaries.attach.nirInvalid");
            return null;
        }
        try {
            String number = family.attachAsSecondParent(nir.value(), childGivenName, childBirthDate);
            Messages.flash("beneficiaries.attach.done", number);
            String view = FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "");
            return Http.redirect(view);
        } catch (ChildNotMatchedException e) {
            Messages.error("beneficiaries.attach.noMatch");
        } catch (TooManyAttemptsException e) {
            Messages.error("beneficiaries.attach.tooMany");
        }
        return null;
    }

    public String getOtherParentNir() {
        return otherParentNir;
    }

    public void setOtherParentNir(String otherParentNir) {
        this.otherParentNir = otherParentNir;
    }

    public String getChildGivenName() {
        return childGivenName;
    }

    public void setChildGivenName(String childGivenName) {
        this.childGivenName = childGivenName;
    }

    public LocalDate getChildBirthDate() {
        return childBirthDate;
    }

    public void setChildBirthDate(LocalDate childBirthDate) {
        this.childBirthDate = childBirthDate;
    }
}
