package org.compteassure.service;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
}
