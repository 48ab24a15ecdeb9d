package org.compteassure.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.compteassure.persistence.security.FactorOwner;
import org.compteassure.persistence.security.TotpFactor;
import org.compteassure.service.code.StrongFactor;

/**
 * The authenticator applications of insured people and staff alike: enrolment (a seed, confirmed by a first code),
 * checks (each code once, five wrong ones in a row suspend the factor for 15 minutes), removal. Runs inside the
 * calling service's transaction.
 */
@ApplicationScoped
public class TotpFactors implements StrongFactor {

    public static final String KIND = "totp";

    @Inject
    private EntityManager em;

    @Inject
    private FactorCipher cipher;

    /** The owner's confirmed factor, if any. */
    public Optional<TotpFactor> confirmed(FactorOwner owner) {
        return find(owner).filter(TotpFactor::isConfirmed);
    }

    /**
     * A new seed for the owner, replacing an unconfirmed one (an enrolment started earlier and left).
     *
     * @throws IllegalStateException if the owner has a confirmed factor already (remove it first)
     */
    public TotpEnrolment start(FactorOwner owner, String accountLabel, Instant now) {
        find(owner).ifPresent(existing -> {
            if (existing.isConfirmed()) {
                throw new IllegalStateException("a confirmed TOTP factor exists");
            }
            em.remove(existing);
            em.flush();
        });
        String secret = Totp.newSecret();
        em.persist(new TotpFactor(owner, cipher.encrypt(secret, owner), now));
        return new TotpEnrolment(Totp.readable(secret), QrImage.of(Totp.uri(secret, accountLabel)));
    }

    /** Confirms an enrolment with a first code from the application; false if none is pending or the code is wrong. */
    public boolean confirm(FactorOwner owner, String typed, Instant now) {
        Optional<TotpFactor> pending = find(owner).filter(f -> !f.isConfirmed());
        OptionalLong step = pending.map(f -> matchingStep(f, typed, now)).orElse(OptionalLong.empty());
        step.ifPresent(s -> pending.get().confirm(s));
        return step.isPresent();
    }

    /** Checks a code of the owner's confirmed factor; a right one is used up, a wrong one counted. */
    public boolean verify(FactorOwner owner, String typed, Instant now) {
        Optional<TotpFactor> factor = confirmed(owner);
        if (factor.isEmpty() || factor.get().isLocked(now)) {
            return false;
        }
        OptionalLong step = matchingStep(factor.get(), typed, now);
        if (step.isPresent()) {
            factor.get().accept(step.getAsLong());
            return true;
        }
        factor.get().recordFailure(now);
        return false;
    }

    public void remove(FactorOwner owner) {
        find(owner).ifPresent(em::remove);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean isEnrolled(long accountId) {
        return confirmed(FactorOwner.account(accountId)).isPresent();
    }

    @Override
    public boolean verify(long accountId, String proof, Instant now) {
        return verify(FactorOwner.account(accountId), proof, now);
    }

    private OptionalLong matchingStep(TotpFactor factor, String typed, Instant now) {
        if (!Totp.isWellFormed(typed)) {
            return OptionalLong.empty();
        }
        return Totp.matchingStep(cipher.decrypt(factor.getSecretCipher(), factor.getOwner()), typed, now,
                factor.getLastUsedStep());
    }

    private Optional<TotpFactor> find(FactorOwner owner) {
        return em.createNamedQuery(owner.query("TotpFactor.findBy"), TotpFactor.class)
                .setParameter("id", owner.id()).getResultStream().findFirst();
    }
}
