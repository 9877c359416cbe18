package uk.socialvalue.membership;

import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.socialvalue.membership.account.AccountChange;
import uk.socialvalue.membership.account.Accounts;
import uk.socialvalue.membership.account.ContactRoles;
import uk.socialvalue.membership.account.EmailTaken;
import uk.socialvalue.membership.account.LinkProperties;
import uk.socialvalue.membership.account.Person;
import uk.socialvalue.membership.account.SetupLink;
import uk.socialvalue.membership.engagement.AskingTheDirectory;
import uk.socialvalue.membership.organisation.ListedOrganisation;
import uk.socialvalue.membership.organisation.OrganisationDirectory;
import uk.socialvalue.membership.organisation.Organisations;
import uk.socialvalue.membership.organisation.Sector;
import uk.socialvalue.membership.personaldata.PersonalDataHolder;
import uk.socialvalue.membership.register.Council;
import uk.socialvalue.membership.register.CouncilRegister;
import uk.socialvalue.membership.throttling.Throttling;
import uk.socialvalue.membership.throttling.TooManyRequests;
import uk.socialvalue.membership.workinggroup.ReachingIntoOrganisations;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the package-by-feature layout honest. A feature is a package under {@code uk.socialvalue.membership};
 * its top package is its plain-Java core, its sub-packages ({@code web}, {@code persistence},
 * {@code messaging}, {@code lifecycle}, {@code security}) are adapters. The root package only starts the
 * service and wires the features together.
 */
class ArchitectureTests {

    static final String ROOT = "uk.socialvalue.membership";

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static final String[] CORES = {ROOT + ".account", ROOT + ".engagement", ROOT + ".invoice", ROOT + ".organisation",
            ROOT + ".personaldata", ROOT + ".register", ROOT + ".workinggroup"};

    /**
     * What each feature publishes for the others to use. The rest of a feature (its aggregates, repositories,
     * use cases and adapters) is its own: another feature that reaches for it breaks {@link #BOUNDARIES}.
     */
    static final Map<String, List<Class<?>>> PUBLISHED = Map.of(
            "account", List.of(Accounts.class, AccountChange.class, ContactRoles.class, EmailTaken.class,
                    LinkProperties.class, Person.class, SetupLink.class),
            "throttling", List.of(Throttling.class, TooManyRequests.class),
            "personaldata", List.of(PersonalDataHolder.class),
            "organisation", List.of(OrganisationDirectory.class, ListedOrganisation.class, Sector.class),
            "register", List.of(CouncilRegister.class, Council.class),
            "workinggroup", List.of(),
            "engagement", List.of(),
            "invoice", List.of());

    static final ArchRule BOUNDARIES = CompositeArchRule.of(PUBLISHED.keySet().stream().sorted()
            .map(ArchitectureTests::usedOnlyThroughWhatItPublishes).toList());

    /** The older membership-only report, which reads the organisations' directory, and its endpoint. */
    static final String MEMBERSHIP_ONLY_REPORT =
            ".*\\.engagement\\.(RegionalEngagement|web\\.EngagementController)(\\$.*)?";

    /**
     * Stricter than {@link #BOUNDARIES} for the engagement read model: it is fed only by the events the services
     * publish, so that it can be rebuilt from the topics, and uses no other feature, not even what one
     * publishes, but the council register's reference data.
     */
    static final ArchRule ENGAGEMENT_FROM_EVENTS = noClasses()
            .that().resideInAPackage(ROOT + ".engagement..")
            .and().haveNameNotMatching(MEMBERSHIP_ONLY_REPORT)
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".organisation..", ROOT + ".workinggroup..",
                    ROOT + ".account..")
            .as("the engagement read model uses no feature but the register");

    private static ArchRule usedOnlyThroughWhatItPublishes(String feature) {
        List<Class<?>> published = PUBLISHED.get(feature);
        return noClasses()
                .that().resideInAPackage(ROOT + "..")
                .and().resideOutsideOfPackages(ROOT + "." + feature + "..", ROOT)
                .should().dependOnClassesThat(resideInAPackage(ROOT + "." + feature + "..")
                        .and(not(belongToAnyOf(published.toArray(Class<?>[]::new)))))
                .as("other features use only what " + feature + " publishes: "
                        + published.stream().map(Class::getSimpleName).toList());
    }

    @Test
    void theFeatureCoresKnowNothingOfSpringMongoKafkaOrJwtsBeyondTheirSettings() {
        noClasses().that().resideInAnyPackage(CORES)
                .and().areNotAnnotatedWith(ConfigurationProperties.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "org.apache.kafka..", "com.nimbusds..", "jakarta.servlet..")
                .because("business rules are unit-tested without infrastructure; adapters live in sub-packages")
                .check(CLASSES);
    }

    @Test
    void adaptersAreNotUsedByTheCoreOfAnyFeature() {
        noClasses().that().resideInAnyPackage(CORES)
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "..web..", ROOT + "..persistence..",
                        ROOT + "..messaging..", ROOT + "..lifecycle..", ROOT + "..security..")
                .check(CLASSES);
    }

    @Test
    void featuresUseEachOtherOnlyThroughWhatTheyPublish() {
        BOUNDARIES.check(CLASSES);
    }

    @Test
    void theBoundaryRuleCatchesAFeatureReachingIntoAnothersInternals() {
        assertCatches(BOUNDARIES, ReachingIntoOrganisations.class, Organisations.class);
    }

    @Test
    void theEngagementReadModelUsesNoFeatureButTheRegister() {
        ENGAGEMENT_FROM_EVENTS.check(CLASSES);
    }

    @Test
    void theEngagementRuleCatchesTheReadModelAskingAnotherFeature() {
        assertCatches(ENGAGEMENT_FROM_EVENTS, AskingTheDirectory.class, OrganisationDirectory.class);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The rule, shown a deliberate breach (a test class) and what it uses, reports the one using the other. */
    private static void assertCatches(ArchRule rule, Class<?> breach, Class<?> used) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(breach, used));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(detail -> assertThat(detail)
                .contains(breach.getName()).contains(used.getName()));
    }
}
