package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.compteassure.service.code.SessionService;
import org.compteassure.service.security.StaffAccount;
import org.compteassure.service.security.StaffService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /admin/personnel: staff accounts, created, disabled, their password reset (a claims system's rotated) and their
 * sessions ended by administrators.
 */
@Named
@RequestScoped
public class StaffBacking {

    @EJB
    private StaffService staff;

    @EJB
    private SessionService sessions;

    @Inject
    private SignIn signIn;

    private boolean everyoneConfirmed;

    private List<StaffAccount> members;

    @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{ca.username.format}")
    private String username;

    @Size(max = 100)
    private String displayName;

    @Size(min = 12, max = 128, message = "{ca.password.length}")
    private String password;

    private String role = SignedIn.ADVISER;

    /** The password a reset just drew, shown in this response only (never kept in the session or the flash). */
    private String issuedPassword;
    private String issuedFor;

    public List<StaffAccount> getMembers() {
        if (members == null) {
            members = staff.all();
        }
        return members;
    }

    public List<String> getRoles() {
        return StaffService.ROLES;
    }

    public String create() {
        try {
            staff.create(username, displayName, password.toCharArray(), Set.of(role));
        } catch (StaffService.UsernameTakenException e) {
            Messages.fieldError("create", "username", "personnel.taken");
            return null;
        }
        Messages.flash("personnel.created", username);
        return Http.redirect("/admin/personnel");
    }

    public String setEnabled(long staffId, boolean enabled) {
        staff.setEnabled(staffId, enabled);
        Messages.flash(enabled ? "personnel.enabled" : "personnel.disabled");
        return Http.redirect("/admin/personnel");
    }

    public String resetPassword(long staffId, String username) {
        issuedPassword = staff.resetPassword(staffId);
        issuedFor = username;
        members = null;
        return null;
    }

    public String resetFactors(long staffId, String username) {
        staff.resetFactors(staffId);
        Messages.flash("personnel.factorsReset", username);
        return Http.redirect("/admin/personnel");
    }

    public String endSessions(long staffId) {
        Messages.flash("personnel.sessionsEnded", staff.endSessions(staffId));
        return Http.redirect("/admin/personnel");
    }

    /** « Déconnecter tout le monde »: every session but this one, once the box saying so is ticked. */
    public String endEverySession() {
        if (!everyoneConfirmed) {
            Messages.fieldError("everyone", "confirm", "personnel.everyone.unconfirmed");
            return null;
        }
        Messages.flash("personnel.sessionsEnded", sessions.endEverySession(signIn.currentRecord()));
        return Http.redirect("/admin/personnel");
    }

    public boolean isEveryoneConfirmed() {
        return everyoneConfirmed;
    }

    public void setEveryoneConfirmed(boolean everyoneConfirmed) {
        this.everyoneConfirmed = everyoneConfirmed;
    }

    public String getIssuedPassword() {
        return issuedPassword;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
