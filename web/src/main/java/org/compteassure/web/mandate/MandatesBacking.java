package org.compteassure.web.mandate;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.compteassure.persistence.mandate.MandateScope;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.StepUpRefusedException;
import org.compteassure.service.mandate.ActingFor;
import org.compteassure.service.mandate.HelperNotFoundException;
import org.compteassure.service.mandate.InvalidMandateException;
import org.compteassure.service.mandate.MandateLimitException;
import org.compteassure.service.mandate.MandateLine;
import org.compteassure.service.mandate.MandateRequest;
import org.compteassure.service.mandate.MandateService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.ActingGuard;
import org.compteassure.web.security.CurrentUser;
import org.compteassure.web.security.PasskeyStepUp;
import org.compteassure.web.security.SignIn;

/**
 * /espace/proches, « Un proche m'aide »: the mandates the person gave (and « Mettre fin »), the form to give one
 * (signed with the code and the strong factor), the mandates they received with « Agir pour … », and, while acting,
 * « Revenir à mon compte » (also in the banner of every page).
 */
@Named
@RequestScoped
public class MandatesBacking {

    private static final String FORM = "give";

    @EJB
    private MandateService mandates;

    @EJB
    private CodeService codes;

    @Inject
    private CurrentUser me;

    @Inject
    private SignIn signIn;

    @Inject
    private PasskeyStepUp passkeyStepUp;

    @Inject
    private Clock clock;

    private List<MandateLine> given;
    private List<MandateLine> received;

    private String helperNir;
    private String helperName;
    private boolean payments;
    private boolean documents;
    private boolean messaging;
    private boolean demarches;
    private LocalDate lastDay;
    private String code;
    private String proof;

    /** The mandates given (not while acting for someone: that space is not theirs to show). */
    public List<MandateLine> getGiven() {
        if (given == null) {
            given = me.isActing() ? List.of() : mandates.given();
        }
        return given;
    }

    public List<MandateLine> getReceived() {
        if (received == null) {
            received = mandates.received();
        }
        return received;
    }

    /** Whether the person has a strong factor, then asked besides the code to sign. */
    public boolean isStrongFactor() {
        return (Boolean) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(
                "compteassure.strongFactor", key -> !codes.enrolledFactors(me.accountId()).isEmpty());
    }

    public String give() {
        Set<MandateScope> scopes = EnumSet.noneOf(MandateScope.class);
        if (payments) {
            scopes.add(MandateScope.PAYMENTS);
        }
        if (documents) {
            scopes.add(MandateScope.DOCUMENTS);
        }
        if (messaging) {
            scopes.add(MandateScope.MESSAGING);
        }
        if (demarches) {
            scopes.add(MandateScope.DEMARCHES);
        }
        try {
            mandates.give(new MandateRequest(helperNir, helperName, scopes, lastDay),
                    code == null ? new char[0] : code.toCharArray(), passkeyStepUp.proof(proof));
        } catch (InvalidMandateException e) {
            e.fields().forEach(field -> Messages.fieldError(FORM, switch (field) {
                case NIR -> "helperNir";
                case NAME -> "helperName";
                case SCOPES -> "payments";
                default -> "lastDay";
            }, "proches.invalid." + field, MandateService.NAME_MAX));
            return null;
        } catch (StepUpRefusedException e) {
            Messages.fieldError(FORM, e.reason() == CodeService.Reauthentication.WRONG_FACTOR ? "proof" : "secret",
                    "securite.stepUp." + e.reason().name());
            return null;
        } catch (HelperNotFoundException e) {
            Messages.fieldError(FORM, "helperNir", "proches.helperNotFound");
            return null;
        } catch (MandateLimitException e) {
            Messages.error(e.sameHelper() ? "proches.limit.sameHelper" : "proches.limit.count",
                    MandateService.MAX_IN_FORCE);
            return null;
        }
        Messages.flash("proches.given");
        return Http.redirect(ActingGuard.MANDATES_PAGE);
    }

    /** « Mettre fin » by either side; a forged or another person's id is told as already ended, nothing changed. */
    public String end(long mandateId) {
        try {
            mandates.end(mandateId);
            Messages.flash("proches.ended");
        } catch (NotFoundException e) {
            Messages.flash("proches.notFound");
        }
        return Http.redirect(ActingGuard.MANDATES_PAGE);
    }

    /** « Agir pour … »: the services accept the mandate, then every later request acts with it. */
    public String actFor(long mandateId) {
        ActingFor acting;
        try {
            acting = mandates.actFor(mandateId);
        } catch (NotFoundException e) {
            Messages.flash("proches.notFound");
            return Http.redirect(ActingGuard.MANDATES_PAGE);
        }
        signIn.acting(acting.mandateId());
        Messages.flash("proches.actingNow", acting.name());
        return Http.redirect(ActingGuard.MANDATES_PAGE);
    }

    /** « Revenir à mon compte ». */
    public String stopActing() {
        signIn.acting(null);
        Messages.flash("proches.back");
        return Http.redirect("/espace/accueil");
    }

    /** The latest last day the form accepts, for its hint. */
    public LocalDate getLatestLastDay() {
        return LocalDate.now(clock).plusYears(MandateService.LONGEST_YEARS);
    }

    public String getHelperNir() { return helperNir; }
    public void setHelperNir(String helperNir) { this.helperNir = helperNir; }
    public String getHelperName() { return helperName; }
    public void setHelperName(String helperName) { this.helperName = helperName; }
    public boolean isPayments() { return payments; }
    public void setPayments(boolean payments) { this.payments = payments; }
    public boolean isDocuments() { return documents; }
    public void setDocuments(boolean documents) { this.documents = documents; }
    public boolean isMessaging() { return messaging; }
    public void setMessaging(boolean messaging) { this.messaging = messaging; }
    public boolean isDemarches() { return demarches; }
    public void setDemarches(boolean demarches) { this.demarches = demarches; }
    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate lastDay) { this.lastDay = lastDay; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getProof() { return proof; }
    public void setProof(String proof) { this.proof = proof; }
}
