package org.compteassure.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.compteassure.service.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * Authorization is declared on every enterprise bean, and the caller comes from the container (issue 15): a
 * service that an insured person calls never takes "their" account as a parameter, nor a staff method the staff
 * member's login, since the web layer would fill it in.
 */
class AuthorizationRulesTest {

    private static final JavaClasses SERVICES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.compteassure.service");

    /** Parameters that named the calling staff member before the container did. */
    private static final Set<String> STAFF_LOGIN_NAMES = Set.of("adviser", "staffUsername", "byUsername",
            "uploadedBy", "staffLogin");

    private static final DescribedPredicate<JavaClass> ENTERPRISE_BEANS = new DescribedPredicate<>("enterprise beans") {
        @Override
        public boolean test(JavaClass type) {
            return type.isAnnotatedWith(Stateless.class) || type.isAnnotatedWith(Singleton.class)
                    || type.isAnnotatedWith(Stateful.class) || type.isAnnotatedWith(MessageDriven.class);
        }
    };

    /**
     * WildFly refuses every method of a bean that has no permission of its own once another method of it has one
     * (WFLYEJB0364), so each bean says at class level who may call it.
     */
    @Test
    void everyEnterpriseBeanDeclaresItsRolesAtClassLevel() {
        classes().that(ENTERPRISE_BEANS).should(declareRoles()).check(SERVICES);
    }

    @Test
    void everyPublicMethodOfAnEnterpriseBeanHasAnEffectivePermission() {
        methods().that().areDeclaredInClassesThat(ENTERPRISE_BEANS).and().haveModifier(JavaModifier.PUBLIC)
                .and().doNotHaveModifier(JavaModifier.STATIC)
                .should(haveAnEffectivePermission()).check(SERVICES);
    }

    @Test
    void noMethodForInsuredPeopleTakesTheirAccountAsAParameter() {
        methods().that().areDeclaredInClassesThat(ENTERPRISE_BEANS).and().haveModifier(JavaModifier.PUBLIC)
                .should(notTakeTheCaller()).check(SERVICES);
    }

    /** The parameter names the rule above reads are compiled in ({@code -parameters}), so the rule cannot pass blind. */
    @Test
    void parameterNamesAreCompiledIn() {
        assertEquals("nir", SERVICES.get("org.compteassure.service.account.RegisterService").getMethods().stream()
                .filter(m -> m.getName().equals("upsert")).findFirst().orElseThrow().reflect().getParameters()[0]
                .getName());
    }

    /** A {@code @PermitAll} says why on the line above it, as a comment. */
    @Test
    void everyPermitAllSaysWhy() throws IOException {
        List<String> silent = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).strip().equals("@PermitAll")
                            && (i == 0 || !lines.get(i - 1).strip().startsWith("//"))) {
                        silent.add(source.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        assertEquals(List.of(), silent, "@PermitAll without a comment saying why");
    }

    private static ArchCondition<JavaClass> declareRoles() {
        return new ArchCondition<>("declare @RolesAllowed or @PermitAll at class level") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                if (!bean.isAnnotatedWith(RolesAllowed.class) && !bean.isAnnotatedWith(PermitAll.class)) {
                    events.add(SimpleConditionEvent.violated(bean, bean.getName() + " declares no roles"));
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> haveAnEffectivePermission() {
        return new ArchCondition<>("have @RolesAllowed, @PermitAll or @DenyAll, on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!hasPermission(method.getOwner()) && !hasPermission(method)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no permission"));
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> notTakeTheCaller() {
        return new ArchCondition<>("not take the caller's account (insured) or login (staff) as a parameter") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Set<String> roles = effectiveRoles(method);
                boolean staff = roles.contains(Roles.ADVISER) || roles.contains(Roles.ADMIN);
                for (Parameter parameter : method.reflect().getParameters()) {
                    if (roles.contains(Roles.INSURED) && parameter.getName().equals("accountId")
                            || staff && parameter.getType() == String.class
                            && STAFF_LOGIN_NAMES.contains(parameter.getName())) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes the caller as "
                                + parameter.getName() + ": read it from Caller"));
                    }
                }
            }
        };
    }

    /** The roles of {@code @RolesAllowed} that apply to the method (its own, else its class's); none if permitted to all. */
    private static Set<String> effectiveRoles(JavaMethod method) {
        if (method.isAnnotatedWith(PermitAll.class) || method.isAnnotatedWith(DenyAll.class)) {
            return Set.of();
        }
        return method.tryGetAnnotationOfType(RolesAllowed.class)
                .or(() -> method.getOwner().tryGetAnnotationOfType(RolesAllowed.class))
                .map(allowed -> Set.of(allowed.value())).orElse(Set.of());
    }

    private static boolean hasPermission(com.tngtech.archunit.core.domain.properties.CanBeAnnotated element) {
        return element.isAnnotatedWith(RolesAllowed.class) || element.isAnnotatedWith(PermitAll.class)
                || element.isAnnotatedWith(DenyAll.class);
    }
}
