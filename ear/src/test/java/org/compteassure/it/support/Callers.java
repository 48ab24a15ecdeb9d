package org.compteassure.it.support;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Set;
import org.compteassure.service.security.Roles;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * In-container tests (and {@link TestSupport}) call the services as the container would after a login: as an insured
 * person (principal = account id, role {@code insured}), a staff member (principal = login) or the application's own
 * work, with WildFly Elytron's identity of the running security domain. The services check every role themselves
 * ({@code @RolesAllowed}) and read the caller from the container, so a test cannot pass an identity as a parameter.
 */
public final class Callers {

    /** Work done as a caller, with its result. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    /** Work done as a caller, without a result. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private Callers() {
    }

    public static <T> T asInsured(long accountId, Work<T> work) {
        return as(String.valueOf(accountId), Set.of(Roles.INSURED), work);
    }

    public static void asInsured(long accountId, Action action) {
        asInsured(accountId, returning(action));
    }

    /** As a staff member with these roles (an administrator is usually an adviser too). */
    public static <T> T asStaff(String login, Set<String> roles, Work<T> work) {
        return as(login, roles, work);
    }

    public static void asStaff(String login, Set<String> roles, Action action) {
        asStaff(login, roles, returning(action));
    }

    public static <T> T asAdviser(String login, Work<T> work) {
        return asStaff(login, Set.of(Roles.ADVISER), work);
    }

    public static void asAdviser(String login, Action action) {
        asAdviser(login, returning(action));
    }

    public static <T> T asAdmin(String login, Work<T> work) {
        return asStaff(login, Set.of(Roles.ADMIN, Roles.ADVISER), work);
    }

    public static void asAdmin(String login, Action action) {
        asAdmin(login, returning(action));
    }

    /** As the claims system (the register and payment APIs). */
    public static <T> T asClaimsSystem(Work<T> work) {
        return as("liquidation-test", Set.of(Roles.CLAIMS_SYSTEM), work);
    }

    public static void asClaimsSystem(Action action) {
        asClaimsSystem(returning(action));
    }

    /** As the application's own scheduled work ({@code @RunAs(Roles.SYSTEM)}). */
    public static <T> T asSystem(Work<T> work) {
        return as("system-test", Set.of(Roles.SYSTEM), work);
    }

    public static void asSystem(Action action) {
        asSystem(returning(action));
    }

    /** As nobody: a visitor who did not log in. */
    public static <T> T anonymous(Work<T> work) {
        return run(SecurityDomain.getCurrent().getAnonymousSecurityIdentity(), work);
    }

    public static void anonymous(Action action) {
        anonymous(returning(action));
    }

    /** As any name with exactly these roles, whatever the realm holds: the identity a login would have made. */
    public static <T> T as(String name, Set<String> roles, Work<T> work) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("no Elytron security domain on this thread");
        }
        SecurityIdentity identity = domain.createAdHocIdentity(name)
                .withDefaultRoleMapper(org.wildfly.security.authz.RoleMapper.constant(
                        org.wildfly.security.authz.Roles.fromSet(roles)));
        return run(identity, work);
    }

    private static <T> T run(SecurityIdentity identity, Work<T> work) {
        try {
            return identity.runAs((PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException e) {
            throw unchecked(e.getCause());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw unchecked(e);
        }
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static Work<Void> returning(Action action) {
        return () -> {
            action.run();
            return null;
        };
    }
}
