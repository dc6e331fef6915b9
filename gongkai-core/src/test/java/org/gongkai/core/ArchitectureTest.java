package org.gongkai.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The lines the core library holds: no Spring, no app, no floating point in the model, names that say what they are. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai.core");

    @Test
    void coreIsFreeOfSpringAndOfTheApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.gongkai.app..")
                .check(CORE);
    }

    @Test
    void theModelDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("org.gongkai.core.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongkai.core.read..", "org.gongkai.core.write..",
                        "org.gongkai.core.template..", "tools.jackson..", "org.apache.pdfbox..")
                .check(CORE);
    }

    @Test
    void noFloatingPointInTheModel() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("org.gongkai.core.model..")
                .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class)
                .check(CORE);
    }

    @Test
    void noManagersUtilsOrHelpers() {
        classes().should().haveSimpleNameNotEndingWith("Manager").andShould().haveSimpleNameNotEndingWith("Util")
                .andShould().haveSimpleNameNotEndingWith("Utils").andShould().haveSimpleNameNotEndingWith("Helper")
                .check(CORE);
    }
}
