package org.compteassure.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.Entity;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.compteassure.service.security.Act;
import org.compteassure.service.security.ActingRefusedException;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * The services' shape: features talk through events, so that none is tangled with another, and views get records,
 * never entities.
 */
class ArchitectureTest {

    private static final JavaClasses SERVICES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.compteassure.service");

    /**
     * Who calls ({@link Caller}, with what a helper acting for someone may do: {@link Act},
     * {@link ActingRefusedException}) and the role names ({@link Roles}) are what every feature's authorization rests
     * on, like the platform: depending on them is not depending on the security feature.
     */
    @Test
    void noCycleBetweenFeatures() {
        slices().matching("org.compteassure.service.(*)..").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.belongToAnyOf(Caller.class, Roles.class,
                        Act.class, ActingRefusedException.class))
                .check(SERVICES);
    }

    /** The notification feature hears from the others through their events; the demo data is nobody's dependency. */
    @Test
    void noFeatureDependsOnNotificationOrDemo() {
        noClasses().that().resideOutsideOfPackages("..service.notification..", "..service.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("..service.notification..", "..service.demo..")
                .check(SERVICES);
    }

    /**
     * Services hand records to views, never entities (not inside a list, an optional or a record either). A method that other
     * services call with an entity in their own transaction says so with {@code MANDATORY}: the web layer, which has
     * none, cannot call it.
     */
    @Test
    void servicesHandRecordsToViews() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                .and().haveModifier(JavaModifier.PUBLIC)
                .should(returnNoEntityUnlessMandatory())
                .check(SERVICES);
    }

    private static ArchCondition<JavaMethod> returnNoEntityUnlessMandatory() {
        return new ArchCondition<>("return no entity, unless they require the caller's transaction") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean mandatory = method.tryGetAnnotationOfType(TransactionAttribute.class)
                        .map(attribute -> attribute.value() == TransactionAttributeType.MANDATORY).orElse(false);
                if (holdsEntity(method.getReturnType().getAllInvolvedRawTypes(), new HashSet<>()) && !mandatory) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns an entity"));
                }
            }
        };
    }

    private static boolean holdsEntity(Set<JavaClass> types, Set<JavaClass> seen) {
        for (JavaClass type : types) {
            if (!seen.add(type)) {
                continue;
            }
            if (type.isAnnotatedWith(Entity.class)) {
                return true;
            }
            if (type.isRecord() && holdsEntity(type.getFields().stream()
                    .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC))
                    .flatMap(field -> field.getType().getAllInvolvedRawTypes().stream())
                    .collect(Collectors.toSet()), seen)) {
                return true;
            }
        }
        return false;
    }
}
