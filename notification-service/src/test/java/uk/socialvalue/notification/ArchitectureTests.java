package uk.socialvalue.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the package-by-feature layout honest: plain domains, and adapters that stay behind their ports. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.socialvalue.notification");

    private static final String[] DOMAINS = {"uk.socialvalue.notification.delivery",
            "uk.socialvalue.notification.unsubscribe"};

    @Test
    void keepsTheDomainsFreeOfSpringMongoDbKafkaAndMail() {
        noClasses().that().resideInAnyPackage(DOMAINS)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "org.apache.kafka..", "jakarta.mail..", "org.thymeleaf..")
                .because("business rules are unit-tested without infrastructure")
                .check(CLASSES);
    }

    @Test
    void keepsTheTemplatesVocabularyFreeOfInfrastructure() {
        noClasses().that().resideInAPackage("uk.socialvalue.notification.email")
                .and().doNotHaveSimpleName("EmailTemplates")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "jakarta.mail..")
                .check(CLASSES);
    }

    @Test
    void reachesTheStoresOnlyThroughTheirPorts() {
        noClasses().that().resideOutsideOfPackage("..persistence..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .check(CLASSES);
    }

    @Test
    void keepsTheListenersOutOfDeliveryInternals() {
        noClasses().that().resideInAnyPackage("uk.socialvalue.notification.membership..",
                        "uk.socialvalue.notification.training..", "uk.socialvalue.notification.workinggroup..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.socialvalue.notification.delivery.sending..",
                        "uk.socialvalue.notification.delivery.web..", "uk.socialvalue.notification.unsubscribe..")
                .check(CLASSES);
    }

    @Test
    void keepsTheWebAdaptersApart() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.socialvalue.notification.delivery.sending..",
                        "uk.socialvalue.notification.membership..", "uk.socialvalue.notification.training..",
                        "uk.socialvalue.notification.workinggroup..")
                .check(CLASSES);
    }
}
