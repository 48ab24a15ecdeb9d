package org.compteassure.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
import org.junit.jupiter.api.Test;

/** Features talk through events, so that none of them is tangled with another: no cycle between feature packages. */
class ArchitectureTest {

    private static final JavaClasses SERVICES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.compteassure.service");

    @Test
    void noCycleBetweenFeatures() {
        slices().matching("org.compteassure.service.(*)..").should().beFreeOfCycles().check(SERVICES);
    }

    /**
     * Services hand records to views, never entities (not even inside a list or an optional). A method that other
     * services call with an entity in their own transaction says so with {@code MANDATORY}: the web layer, which has
     * none, cannot call it.
     */
    @Test
    void servicesHandRecordsToViews() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                .and().areDeclaredInClassesThat().resideInAnyPackage("..service.account..", "..service.card..",
                        "..service.code..", "..service.document..", "..service.security..")
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
                boolean entity = method.getReturnType().getAllInvolvedRawTypes().stream()
                        .anyMatch((JavaClass type) -> type.isAnnotatedWith(Entity.class));
                if (entity && !mandatory) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns an entity"));
                }
            }
        };
    }
}
