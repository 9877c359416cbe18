package uk.socialvalue.training;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.socialvalue.training");

    static final String[] CORES = {"uk.socialvalue.training.catalogue", "uk.socialvalue.training.booking",
            "uk.socialvalue.training.member", "uk.socialvalue.training.certificate",
            "uk.socialvalue.training.invoice", "uk.socialvalue.training.accreditation"};

    @Test
    void theDomainKnowsNothingOfSpringMongoOrKafkaBeyondItsSettings() {
        noClasses().that().resideInAnyPackage(CORES)
                .and().areNotAnnotatedWith(ConfigurationProperties.class)
                .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "org.apache.kafka..", "uk.socialvalue.support..")
                        .and(not(resideInAnyPackage("uk.socialvalue.support.domain", "uk.socialvalue.support.invoicing"))))
                .because("the plain-Java part of service-support is all a domain may use of it")
                .check(CLASSES);
    }

    @Test
    void adaptersAreNotUsedByTheCoreOfAnyFeature() {
        noClasses().that().resideInAnyPackage(CORES)
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..messaging..",
                        "..scheduling..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("uk.socialvalue.training.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
