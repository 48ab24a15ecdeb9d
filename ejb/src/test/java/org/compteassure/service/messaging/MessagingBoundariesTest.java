package org.compteassure.service.messaging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compteassure.service.notification.LetterService;
import org.compteassure.service.notification.NotificationService;
import org.junit.jupiter.api.Test;

/**
 * Messaging's place among the features: it may call the account, code and payment features' public services, only
 * the notification feature hears from it (through events), and what its services hand out holds no entity.
 */
class MessagingBoundariesTest {

    private static final JavaClasses SERVICES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.compteassure.service");

    @Test
    void onlyNotificationDependsOnMessaging() {
        noClasses().that().resideOutsideOfPackages("org.compteassure.service.messaging..",
                        "org.compteassure.service.notification..")
                .should().dependOnClassesThat().resideInAPackage("org.compteassure.service.messaging..")
                .check(SERVICES);
    }

    @Test
    void messagingKnowsNothingOfNotificationOrDemo() {
        noClasses().that().resideInAPackage("org.compteassure.service.messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("org.compteassure.service.notification..",
                        "org.compteassure.service.demo..")
                .check(SERVICES);
    }

    @Test
    void theServicesHandRecordsNeverEntities() {
        List<String> entities = new ArrayList<>();
        for (Class<?> service : List.of(MessagingService.class, AdviserDeskService.class, LetterService.class,
                NotificationService.class)) {
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    findEntities(method.getGenericReturnType(), new HashSet<>(), entities,
                            service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), entities);
    }

    /** Walks a type, its type arguments and, for a record, its components' types. */
    private static void findEntities(Type type, Set<Type> seen, List<String> found, String where) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            findEntities(parameterized.getRawType(), seen, found, where);
            for (Type argument : parameterized.getActualTypeArguments()) {
                findEntities(argument, seen, found, where);
            }
        } else if (type instanceof Class<?> type_) {
            if (type_.isAnnotationPresent(Entity.class)) {
                found.add(where + " -> " + type_.getSimpleName());
            }
            if (type_.isRecord()) {
                for (RecordComponent component : type_.getRecordComponents()) {
                    findEntities(component.getGenericType(), seen, found, where + "." + component.getName());
                }
            }
        }
    }
}
