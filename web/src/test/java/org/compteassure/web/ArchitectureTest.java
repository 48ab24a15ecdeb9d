package org.compteassure.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/** The web layer's features do not tangle, and no view code reaches the database itself. */
class ArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.compteassure.web");

    @Test
    void noCycleBetweenFeatures() {
        slices().matching("org.compteassure.web.(*)..").should().beFreeOfCycles().check(WEB);
    }

    @Test
    void noEntityManagerInTheWebLayer() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(WEB);
    }

    /** Views get records from the services; value types and enums may cross, entities never. */
    @Test
    void noEntityReachesTheWebLayer() {
        noClasses().should().dependOnClassesThat().areAnnotatedWith(Entity.class).check(WEB);
    }
}
