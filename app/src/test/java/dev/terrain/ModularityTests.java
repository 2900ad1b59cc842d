package dev.terrain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold: modules talk only through their public API, and internals stay hidden. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TerrainApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void controllersAndInternalServicesArePackagePrivate() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.terrain");
        classes().that().resideInAPackage("dev.terrain.(*).web..")
                .and().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().notBePublic()
                .because("controllers are reached through HTTP, not through Java")
                .check(classes);
        classes().that().resideInAPackage("dev.terrain.(*).web..")
                .and().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().notBePublic()
                .allowEmptyShould(true)
                .check(classes);
        classes().that().resideInAPackage("dev.terrain.(*).internal..")
                .and().areAnnotatedWith(org.springframework.stereotype.Service.class)
                .should().notBePublic()
                .because("a module's services are reached through its public interfaces")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
