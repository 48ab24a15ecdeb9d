package org.compteassure.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NameClassPair;
import javax.naming.NamingException;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.TestAccounts;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.persistence.security.FactorOwner;
import org.compteassure.persistence.security.Passkey;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.service.notification.OutboxStore;
import org.compteassure.service.payment.PaymentFeed;
import org.compteassure.service.payment.PaymentService;
import org.compteassure.service.security.PasskeyService;
import org.compteassure.service.security.Roles;
import org.compteassure.service.security.StaffService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every secured method of every enterprise bean of the application, found by reflection over the beans' views in
 * JNDI, refuses a caller without its role before its body runs (the container's {@link EJBAccessException}): a
 * visitor, an insured person for staff methods, an adviser for administrators' ones, and so on. Then a few calls as
 * the right role pass, and an insured person still gets only their own things.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationIT {

    private static final String MODULE = "java:global/compte-assure/ejb/";

    /** One caller per role, each with that role alone, and a visitor: the wrong callers of a method are drawn here. */
    private static final Map<String, Caller> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("anonymous", null);
        CALLERS.put(Roles.INSURED, new Caller("1", Roles.INSURED));
        CALLERS.put(Roles.ADVISER, new Caller("conseiller-test", Roles.ADVISER));
        CALLERS.put(Roles.ADMIN, new Caller("admin-test", Roles.ADMIN));
        CALLERS.put(Roles.CLAIMS_SYSTEM, new Caller("liquidation-test", Roles.CLAIMS_SYSTEM));
        CALLERS.put(Roles.SYSTEM, new Caller("system-test", Roles.SYSTEM));
    }

    private record Caller(String name, String role) {
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(AuthorizationIT.class, People.class, Mailbox.class, TestAccounts.class);
    }

    @Inject
    private Transactions tx;

    @EJB
    private PaymentService payments;

    @EJB
    private MessagingService messaging;

    @EJB
    private AdviserDeskService desk;

    @EJB
    private StaffService staff;

    @EJB
    private PaymentFeed feed;

    @EJB
    private OutboxStore outbox;

    @EJB
    private PasskeyService passkeys;

    @Test
    void everySecuredMethodRefusesEveryCallerWithoutItsRole() throws Exception {
        List<String> accepted = new ArrayList<>();
        int methods = 0;
        int refusals = 0;
        int permitted = 0;
        Map<Class<?>, Object> views = views();
        assertTrue(views.size() >= 20, "the beans' views were found: " + views.keySet());
        for (Map.Entry<Class<?>, Object> view : views.entrySet()) {
            for (Method method : businessMethods(view.getKey())) {
                Set<String> allowed = allowedRoles(view.getKey(), method);
                if (allowed == null) {
                    permitted++;
                    continue;
                }
                methods++;
                for (Map.Entry<String, Caller> caller : CALLERS.entrySet()) {
                    if (allowed.contains(caller.getKey())) {
                        continue;
                    }
                    if (refused(view.getValue(), method, caller.getValue())) {
                        refusals++;
                    } else {
                        accepted.add(view.getKey().getSimpleName() + "." + method.getName() + " as " + caller.getKey());
                    }
                }
            }
        }
        System.out.printf("AuthorizationIT: %d secured methods, %d wrong-role calls refused, %d @PermitAll methods%n",
                methods, refusals, permitted);
        assertEquals(List.of(), accepted, "called by a caller without the method's role");
        assertTrue(methods >= 90, "secured methods checked: " + methods);
        assertTrue(refusals >= 4 * methods, "each by at least 4 wrong callers: " + refusals);
    }

    /** The same kind of calls pass as the right role, and the insured person's account comes from the container. */
    @Test
    void theRightRolePasses() {
        long account = newAccount(People.fresh(true));
        assertEquals(List.of(), Callers.asInsured(account, () -> payments.latest()));
        long thread = Callers.asInsured(account, () -> messaging.write(Subject.OTHER, "Bonjour", List.of()));
        assertEquals(List.of(thread), Callers.asInsured(account, () -> messaging.threads()).stream()
                .map(line -> line.id()).toList());
        assertTrue(Callers.asAdviser("conseiller-test", () -> desk.inbox()).stream().anyMatch(t -> t.id() == thread));
        assertNotNull(Callers.asAdmin("admin-test", () -> staff.all()));
        assertEquals(0, Callers.asClaimsSystem(() -> feed.submit(List.of())).inserted());
        assertNotNull(Callers.asSystem(() -> outbox.due(1)));
    }

    @Test
    void anInsuredPersonGetsOnlyTheirOwnThings() {
        long mine = newAccount(People.fresh(true));
        long other = newAccount(People.fresh(true));
        long thread = Callers.asInsured(other, () -> messaging.write(Subject.OTHER, "Le fil d'une autre", List.of()));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(mine, () -> messaging.read(thread)));
        assertEquals(1, Callers.asInsured(other, () -> messaging.threads()).size());
        assertEquals(0, Callers.asInsured(mine, () -> messaging.threads()).size());
        long passkey = tx.call(em -> {
            Passkey theirs = new Passkey(FactorOwner.account(other), "credential-" + other, "pQECAyYgASFYIA", "handle",
                    0, "internal", "Clé d'une autre", Instant.now());
            em.persist(theirs);
            em.flush();
            return theirs.getId();
        });
        assertThrows(NotFoundException.class, () -> Callers.asInsured(mine, () -> passkeys.find(passkey)));
        assertEquals(List.of(), Callers.asInsured(mine, () -> passkeys.list()));
        assertEquals(1, Callers.asInsured(other, () -> passkeys.list()).size());
    }

    /** Refused by the container before the body: an EJBAccessException, not the body's own SecurityException. */
    private static boolean refused(Object bean, Method method, Caller caller) {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(AuthorizationIT::defaultValue).toArray();
        Callers.Work<Boolean> call = () -> {
            try {
                method.invoke(bean, arguments);
                return false;
            } catch (InvocationTargetException e) {
                return e.getCause() instanceof EJBAccessException;
            }
        };
        return caller == null ? Callers.anonymous(call) : Callers.as(caller.name(), Set.of(caller.role()), call);
    }

    /** The roles allowed to call the method; null when it is permitted to everyone. */
    private static Set<String> allowedRoles(Class<?> view, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            return Set.of();
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (roles == null) {
            assertTrue(method.getDeclaringClass().isAnnotationPresent(PermitAll.class),
                    view.getSimpleName() + "." + method.getName() + " declares no permission");
            return null;
        }
        return Set.of(roles.value());
    }

    /** The public methods the bean class itself declares (its business methods), in a stable order. */
    private static List<Method> businessMethods(Class<?> view) {
        List<Method> methods = new ArrayList<>();
        for (Method method : view.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && !method.isSynthetic()) {
                methods.add(method);
            }
        }
        methods.sort((a, b) -> a.toString().compareTo(b.toString()));
        return methods;
    }

    /** Every view of the application's beans, from the EJB module's JNDI names ({@code Bean!view.Class}). */
    private static Map<Class<?>, Object> views() throws NamingException, ClassNotFoundException {
        InitialContext jndi = new InitialContext();
        Map<Class<?>, Object> views = new LinkedHashMap<>();
        for (NameClassPair binding : Collections.list(jndi.list(MODULE))) {
            int bang = binding.getName().indexOf('!');
            if (bang < 0) {
                continue;
            }
            String type = binding.getName().substring(bang + 1);
            if (!type.startsWith("org.compteassure.service.")) {
                continue;
            }
            Class<?> view = Class.forName(type, true, Thread.currentThread().getContextClassLoader());
            views.put(view, jndi.lookup(MODULE + binding.getName()));
        }
        return views;
    }

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        return 0;
    }

    private long newAccount(People.Person person) {
        return TestAccounts.create(tx, person);
    }
}
