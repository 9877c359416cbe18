package uk.socialvalue.membership;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.socialvalue.membership");

    @Test
    void theDomainsKnowNothingOfSpringOrMongoBeyondTheirSettings() {
        noClasses().that().resideInAnyPackage("uk.socialvalue.membership.organisation",
                        "uk.socialvalue.membership.workinggroup")
                .and().areNotAnnotatedWith(ConfigurationProperties.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..")
                .check(CLASSES);
    }

    @Test
    void adaptersAreNotUsedByTheCoreOfAnyFeature() {
        noClasses().that().resideInAnyPackage("uk.socialvalue.membership.organisation",
                        "uk.socialvalue.membership.account", "uk.socialvalue.membership.register",
                        "uk.socialvalue.membership.workinggroup", "uk.socialvalue.membership.engagement")
                .should().dependOnClassesThat().resideInAnyPackage("uk.socialvalue..web..", "uk.socialvalue..persistence..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("uk.socialvalue.membership.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
