package org.compteassure.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.compteassure.persistence.code.Lockout;

/** An adviser, administrator or technical caller (the claims system) who logs in with a username and password. */
@Entity
@Table(name = "staff_member")
@NamedQuery(name = "StaffMember.findByUsername", query = "SELECT s FROM StaffMember s WHERE s.username = :username")
@NamedQuery(name = "StaffMember.displayNames",
        query = "SELECT s.username, s.displayName FROM StaffMember s WHERE s.username IN :usernames")
public class StaffMember {

    public static final String ADVISER = "adviser";
    public static final String ADMIN = "admin";
    public static final String CLAIMS_SYSTEM = "claims-system";

    @Id
    @SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    /** Space-separated role names: a handful per person, read together at every login. */
    @Column(name = "roles", nullable = false, length = 100)
    private String roles;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Embedded
    private Lockout lockout = new Lockout();

    /** Set by an administrator's reset: the next login leads to choosing a new password before any page. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected StaffMember() {
    }

    public StaffMember(String username, String displayName, String passwordHash, Set<String> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        setRoles(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<String> getRoles() {
        return new TreeSet<>(Arrays.asList(roles.split(" ")));
    }

    public void setRoles(Set<String> roles) {
        this.roles = String.join(" ", new TreeSet<>(roles));
    }

    /** Whether this account logs in at /conseiller (advisers, administrators), not only to the APIs. */
    public boolean isPerson() {
        Set<String> mine = getRoles();
        return mine.contains(ADVISER) || mine.contains(ADMIN);
    }

    public Lockout getLockout() {
        return lockout;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** A new password chosen by its owner ({@code mustChange} false) or issued by an administrator's reset. */
    public void newPassword(String hash, boolean mustChange) {
        passwordHash = hash;
        mustChangePassword = mustChange;
        lockout.clear();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
