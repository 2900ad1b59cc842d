package dev.terrain.planner;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The planner is a plain library: no Spring, no persistence, no JDBC, nothing else of Terrain. */
class PlannerArchitectureTest {

    private static final JavaClasses PLANNER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(mainClasses());

    /** Only the planner's own build output: quicker than scanning the whole class path. */
    private static Path mainClasses() {
        try {
            return Path.of(Planner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theImportSeesThePlanner() {
        assertThat(PLANNER.contain(Planner.class)).isTrue();
        assertThat(PLANNER.containPackage("dev.terrain.planner.internal")).isTrue();
    }

    @Test
    void plannerDependsOnNoFramework() {
        noClasses().that().resideInAPackage("dev.terrain.planner..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "java.sql..")
                .check(PLANNER);
    }

    @Test
    void plannerDependsOnNoOtherPartOfTerrain() {
        noClasses().that().resideInAPackage("dev.terrain.planner..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.terrain.planner..", "java..", "javax..")
                .check(PLANNER);
    }

    @Test
    void theSearchInternalsStayBehindThePublicApi() {
        noClasses().that().resideOutsideOfPackage("dev.terrain.planner.internal..")
                .and().doNotHaveFullyQualifiedName(Planner.class.getName())
                .should().dependOnClassesThat().resideInAPackage("dev.terrain.planner.internal..")
                .check(PLANNER);
    }
}
