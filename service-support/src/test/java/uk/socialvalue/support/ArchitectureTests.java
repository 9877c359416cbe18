package uk.socialvalue.support;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.socialvalue.support");

    @Test
    void whatTheServicesDomainsUseOfSupportIsPlainJavaBeyondItsSettings() {
        classes().that().resideInAnyPackage("uk.socialvalue.support.domain", "uk.socialvalue.support.invoicing")
                .and().areNotAnnotatedWith(ConfigurationProperties.class)
                // javax.crypto: the JDK's own cryptography (HmacKey)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..",
                        "uk.socialvalue.support.domain", "uk.socialvalue.support.invoicing", "uk.socialvalue.contracts..")
                .because("every service's plain-Java domain may use it")
                .check(CLASSES);
    }
}
