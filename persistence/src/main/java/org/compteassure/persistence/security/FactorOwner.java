package org.compteassure.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * Whose strong factor (TOTP, recovery codes, passkeys) a row is: an insured person's account or a staff member, never
 * both. One owner type for both populations, so that a factor is enrolled, checked and removed the same way.
 */
@Embeddable
public class FactorOwner implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "staff_member_id")
    private Long staffMemberId;

    protected FactorOwner() {
    }

    private FactorOwner(Long accountId, Long staffMemberId) {
        this.accountId = accountId;
        this.staffMemberId = staffMemberId;
    }

    public static FactorOwner account(long accountId) {
        return new FactorOwner(accountId, null);
    }

    public static FactorOwner staff(long staffMemberId) {
        return new FactorOwner(null, staffMemberId);
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getStaffMemberId() {
        return staffMemberId;
    }

    /**
     * The named query {@code prefix + "Account"} or {@code prefix + "Staff"}, for this owner's kind: they take the
     * owner's id as {@code :id} (an embeddable compared whole would compare its null column with "=", never true).
     */
    public String query(String prefix) {
        return prefix + (accountId != null ? "Account" : "Staff");
    }

    /** The account's or the staff member's id. */
    public long id() {
        return accountId != null ? accountId : staffMemberId;
    }

    /** "account:42" or "staff:7": binds a factor's ciphertext to its owner (AES-GCM associated data). */
    public String label() {
        return accountId != null ? "account:" + accountId : "staff:" + staffMemberId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactorOwner that && Objects.equals(accountId, that.accountId)
                && Objects.equals(staffMemberId, that.staffMemberId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, staffMemberId);
    }

    @Override
    public String toString() {
        return label();
    }
}
