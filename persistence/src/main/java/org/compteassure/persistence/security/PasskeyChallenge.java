package org.compteassure.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A WebAuthn challenge handed to a browser: random, for one purpose and (except to sign in with a passkey alone) one
 * owner, valid a few minutes and deleted when answered, right or wrong — a row, so that every node of a cluster sees
 * it used once.
 */
@Entity
@Table(name = "passkey_challenge")
@NamedQuery(name = "PasskeyChallenge.findByChallenge",
        query = "SELECT c FROM PasskeyChallenge c WHERE c.challenge = :challenge")
@NamedQuery(name = "PasskeyChallenge.deleteById", query = "DELETE FROM PasskeyChallenge c WHERE c.id = :id")
@NamedQuery(name = "PasskeyChallenge.deleteExpired", query = "DELETE FROM PasskeyChallenge c WHERE c.expiresAt < :now")
public class PasskeyChallenge {

    /** What the answer to the challenge does. */
    public enum Purpose {
        /** Adding a passkey (an attestation). */
        REGISTER,
        /** Proving a passkey of a known owner: the login's second step, a step-up. */
        ASSERT,
        /** Signing in with a discoverable passkey alone: the owner is what the answer tells. */
        SIGN_IN
    }

    @Id
    @SequenceGenerator(name = "passkey_challenge_seq", sequenceName = "passkey_challenge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "passkey_challenge_seq")
    private Long id;

    /** Null when signing in (nobody known yet). */
    @Embedded
    private FactorOwner owner;

    @Column(name = "challenge", nullable = false, length = 64)
    private String challenge;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 16)
    private Purpose purpose;

    /** For a registration: the user handle offered to the authenticator, which keeps it with the new passkey. */
    @Column(name = "user_handle", length = 64)
    private String userHandle;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected PasskeyChallenge() {
    }

    public PasskeyChallenge(FactorOwner owner, String challenge, Purpose purpose, String userHandle, Instant expiresAt) {
        this.owner = owner;
        this.challenge = challenge;
        this.purpose = purpose;
        this.userHandle = userHandle;
        this.expiresAt = expiresAt;
    }

    /** Whether this challenge was issued for that purpose and owner (null: nobody) and is still valid. */
    public boolean isFor(Purpose expected, FactorOwner expectedOwner, Instant now) {
        FactorOwner mine = owner == null || (owner.getAccountId() == null && owner.getStaffMemberId() == null)
                ? null : owner;
        return purpose == expected && Objects.equals(mine, expectedOwner) && now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getChallenge() {
        return challenge;
    }

    public String getUserHandle() {
        return userHandle;
    }
}
