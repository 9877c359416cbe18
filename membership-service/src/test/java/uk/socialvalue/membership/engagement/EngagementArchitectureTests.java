package uk.socialvalue.membership.engagement;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engagement read model stands on events alone: it reads no other feature's store or use cases (the
 * council register, reference data, is the one feature it may ask), and its domain is plain Java.
 */
class EngagementArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.socialvalue.membership");

    /** The older membership-only report, which reads the organisations feature, and its endpoint. */
    static final String OLDER_REPORT = ".*\\.engagement\\.(RegionalEngagement|web\\.EngagementController)(\\$.*)?";

    @Test
    void theReadModelDependsOnNoOtherFeatureButTheRegister() {
        noClasses().that().resideInAPackage("uk.socialvalue.membership.engagement..")
                .and().haveNameNotMatching(OLDER_REPORT)
                .should().dependOnClassesThat().resideInAnyPackage("uk.socialvalue.membership.organisation..",
                        "uk.socialvalue.membership.workinggroup..", "uk.socialvalue.membership.account..")
                .check(CLASSES);
    }

    @Test
    void theDomainKnowsNothingOfSpringOrMongo() {
        noClasses().that().resideInAPackage("uk.socialvalue.membership.engagement")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "org.apache.kafka..")
                .check(CLASSES);
    }
}
