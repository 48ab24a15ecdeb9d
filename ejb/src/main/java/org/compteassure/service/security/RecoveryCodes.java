package org.compteassure.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compteassure.persistence.security.FactorOwner;
import org.compteassure.persistence.security.RecoveryCode;
import org.compteassure.service.code.Secrets;
import org.compteassure.service.code.StrongFactor;

/**
 * Recovery codes: ten per person, single use, shown once, each stored as a salted SHA-256. Each code has 120 random
 * bits (24 characters of a 32-letter alphabet), above the 112 bits for which ASVS 6.5.2 allows a plain hash instead
 * of a slow one: a slow hash would cost ten PBKDF2 runs per check (no code can be looked up before it is verified).
 * Runs inside the calling service's transaction.
 */
@ApplicationScoped
public class RecoveryCodes implements StrongFactor {

    public static final String KIND = "recovery";
    public static final int COUNT = 10;
    /** Crockford's base32: no I, L, O or U, so that nothing reads as something else. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 24;

    @Inject
    private EntityManager em;

    /** Replaces the owner's codes with ten new ones, returned readable ("ABCD-EFGH-…") and never again. */
    public List<String> issue(FactorOwner owner, Instant now) {
        delete(owner);
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            String code = Secrets.characters(LENGTH, ALPHABET);
            String salt = Secrets.token();
            em.persist(new RecoveryCode(owner, salt, Secrets.sha256(salt + ":" + code), now));
            codes.add(code.replaceAll("(.{4})(?!$)", "$1-"));
        }
        return codes;
    }

    /** Uses up the code if it is one of the owner's unused ones; every unused code is compared, in constant time. */
    public boolean use(FactorOwner owner, String typed, Instant now) {
        String code = normalized(typed);
        if (code == null) {
            return false;
        }
        RecoveryCode match = null;
        for (RecoveryCode candidate : unused(owner)) {
            if (Secrets.matches(candidate.getSalt() + ":" + code, candidate.getCodeHash()) && match == null) {
                match = candidate;
            }
        }
        if (match == null) {
            return false;
        }
        match.use(now);
        return true;
    }

    public int remaining(FactorOwner owner) {
        return unused(owner).size();
    }

    public void delete(FactorOwner owner) {
        em.createNamedQuery(owner.query("RecoveryCode.deleteAllBy")).setParameter("id", owner.id()).executeUpdate();
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Recovery codes stand in for another factor, never require one. */
    @Override
    public boolean isEnrolled(long accountId) {
        return false;
    }

    @Override
    public boolean verify(long accountId, String proof, Instant now) {
        return use(FactorOwner.account(accountId), proof, now);
    }

    private List<RecoveryCode> unused(FactorOwner owner) {
        return em.createNamedQuery(owner.query("RecoveryCode.findUnusedBy"), RecoveryCode.class)
                .setParameter("id", owner.id()).getResultList();
    }

    /** Upper case, without the dashes and spaces of the printed form; null if it cannot be a code. */
    private static String normalized(String typed) {
        if (typed == null || typed.length() > 64) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : null;
    }
}
