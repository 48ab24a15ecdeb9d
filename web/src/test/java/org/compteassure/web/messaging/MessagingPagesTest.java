package org.compteassure.web.messaging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/** The mailbox, the adviser desk and the letters pages get records from the services, never JPA entities. */
class MessagingPagesTest {

    private static final JavaClasses PAGES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.compteassure.web.messaging", "org.compteassure.web.notification");

    @Test
    void noEntityReachesTheBackingBeans() {
        noClasses().should().dependOnClassesThat().areAnnotatedWith(Entity.class).check(PAGES);
    }
}
