package org.gongkai.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The app's boundaries: only {@code serve} starts Spring, so every other command starts fast; the
 * store knows nothing of the command line or the web.
 */
class AppArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.gongkai.app");

    @Test
    void theCommandLineUsesNoSpringItself() {
        noClasses().that().resideInAPackage("org.gongkai.app.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("picocli commands start without Spring; only PortalServer (package serve) starts it")
                .check(APP);
    }

    @Test
    void theStoreKnowsNothingOfTheWebOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.gongkai.app.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongkai.app.serve..", "org.gongkai.app.cli..",
                        "org.springframework.boot..", "org.springframework.web..")
                .check(APP);
    }

    @Test
    void theSearchKnowsNothingOfTheWebOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.gongkai.app.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongkai.app.serve..", "org.gongkai.app.cli..",
                        "org.springframework..")
                .because("the portal's page and API use the index; the index is plain Lucene over the store")
                .check(APP);
    }
}
