package org.compteassure.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import java.util.List;
import java.util.Properties;
import org.compteassure.service.BusinessException;
import org.compteassure.service.messaging.ThreadClosedException;
import org.junit.jupiter.api.Test;

class BusinessExceptionHandlerTest {

    @Test
    void everyBusinessExceptionHasItsMessageInFrenchAndEnglish() {
        List<String> keys = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.compteassure.service").stream()
                .filter(type -> type.isAssignableTo(BusinessException.class))
                .filter(type -> !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::reflect)
                .map(type -> BusinessExceptionHandler.key(type.asSubclass(BusinessException.class)))
                .toList();
        assertTrue(keys.size() >= 20, "the service exceptions were found: " + keys);
        for (String bundle : List.of("messages_fr.properties", "messages_en.properties")) {
            Properties messages = load(bundle);
            assertTrue(messages.containsKey(BusinessExceptionHandler.GENERIC_KEY), bundle);
            List<String> missing = keys.stream().filter(key -> !messages.containsKey(key)).toList();
            assertEquals(List.of(), missing, "keys missing from " + bundle);
        }
    }

    @Test
    void theKeyIsTheSimpleClassName() {
        assertEquals("error.ThreadClosedException", BusinessExceptionHandler.key(ThreadClosedException.class));
    }

    @Test
    void theBusinessCauseIsFoundInsideWhatFacesWrapsItIn() {
        ThreadClosedException closed = new ThreadClosedException();
        assertSame(closed, BusinessExceptionHandler.businessCause(new FacesException(new ELException(closed))));
        assertSame(closed, BusinessExceptionHandler.businessCause(closed));
        assertNull(BusinessExceptionHandler.businessCause(new FacesException(new IllegalStateException())));
    }

    private static Properties load(String name) {
        return MessagesBundlesTest.load(name);
    }
}
