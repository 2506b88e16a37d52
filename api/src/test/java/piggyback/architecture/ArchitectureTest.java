package piggyback.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;

/**
 * The boundaries of docs/architecture.md ("Modules", "Packages and boundaries"), kept by a test:
 * modules depend one way, a role's package (admin, expert, kids, parents) never reaches into another
 * role's, and packages form no cycle. It reads the production classes of storage, batch-jobs and api
 * (the modules this one sees; Maven already keeps api from seeing ops, and schema has no classes).
 */
class ArchitectureTest {

    /** The packages of the API's roles, piggyback.api.<role>. */
    static final List<String> ROLES = List.of("admin", "expert", "kids", "parents");

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ArchitectureTest::isProduction)
            .importPackages("piggyback");

    /** Test classes and test jars (piggyback.testing, the fakes) are not the product. */
    static boolean isProduction(Location location) {
        return !location.contains("/test-classes/") && !location.contains("-tests.jar");
    }

    @Test
    void modulesDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("storage").definedBy("piggyback.storage..")
                .layer("batch-jobs").definedBy("piggyback.batch..")
                .layer("api").definedBy("piggyback.api..", "piggyback.worker..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("batch-jobs").mayOnlyBeAccessedByLayers("api")
                .whereLayer("storage").mayOnlyBeAccessedByLayers("batch-jobs", "api")
                .check(PRODUCTION);
    }

    @Test
    void adminReachesIntoNoOtherRole() {
        roleKeepsToItself("admin");
    }

    @Test
    void expertReachesIntoNoOtherRole() {
        roleKeepsToItself("expert");
    }

    @Test
    void kidsReachIntoNoOtherRole() {
        roleKeepsToItself("kids");
    }

    @Test
    void parentsReachIntoNoOtherRole() {
        roleKeepsToItself("parents");
    }

    /** What two roles share (accounts, audit, quiz, security, web) lives outside every role's package. */
    private static void roleKeepsToItself(String role) {
        String[] others = ROLES.stream()
                .filter(other -> !other.equals(role))
                .map(other -> "piggyback.api." + other + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("piggyback.api." + role + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .check(PRODUCTION);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("piggyback.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }
}
