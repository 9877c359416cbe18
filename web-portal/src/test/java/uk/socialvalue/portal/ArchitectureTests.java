package uk.socialvalue.portal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The portal's pages reach the services only through the api package, and its features stay apart. */
class ArchitectureTests {

    private final JavaClasses portal = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.socialvalue.portal");

    @Test
    void onlyTheApiPackageTalksHttpToTheServices() {
        noClasses().that().resideOutsideOfPackage("uk.socialvalue.portal.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.client..", "java.net.http..")
                .check(portal);
    }

    @Test
    void featuresDoNotReachIntoEachOther() {
        slices().matching("uk.socialvalue.portal.(*)..")
                .namingSlices("$1")
                .should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAnyPackage(
                        "uk.socialvalue.portal.api..", "uk.socialvalue.portal.pages..", "uk.socialvalue.portal.signin.."))
                .check(portal);
    }

    @Test
    void theServicesAreNotCalledFromTheSharedPagePackage() {
        noClasses().that().resideInAPackage("uk.socialvalue.portal.pages..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Api")
                .check(portal);
    }
}
