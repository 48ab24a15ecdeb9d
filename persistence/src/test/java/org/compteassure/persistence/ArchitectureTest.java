package org.compteassure.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/** Entities hold their mapping and behaviour: queries and bulk writes live in query and writer classes. */
class ArchitectureTest {

    private static final JavaClasses PERSISTENCE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.compteassure.persistence");

    @Test
    void noEntityTouchesTheEntityManagerOrJdbc() {
        noClasses().that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(PERSISTENCE);
    }

    @Test
    void persistenceKnowsNothingOfTheLayersAbove() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.compteassure.service..",
                "org.compteassure.web..").check(PERSISTENCE);
    }
}
