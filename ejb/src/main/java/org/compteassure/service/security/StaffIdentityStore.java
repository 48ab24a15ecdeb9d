package org.compteassure.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.compteassure.persistence.security.StaffMember;
import org.compteassure.service.code.SecretHasher;

/**
 * Advisers, administrators and the claims system: a username and a password checked against {@link StaffMember}.
 * An unknown or disabled username costs the same hash as a wrong password, so timing tells nothing.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private EntityManager em;

    @Inject
    private SecretHasher hasher;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        StaffMember staff = em.createNamedQuery("StaffMember.findByUsername", StaffMember.class)
                .setParameter("username", login.getCaller())
                .getResultStream().findFirst().orElse(null);
        boolean matches = hasher.verify(login.getPassword().getValue(),
                staff == null ? hasher.dummyHash() : staff.getPasswordHash());
        if (staff == null || !staff.isEnabled() || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(staff.getUsername(), staff.getRoles());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
