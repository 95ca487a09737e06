package dev.newsflow.nlp;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine is plain Java: the services wrap it, never the other way round. */
class ArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsflow.nlp");

    @Test
    void theEngineDoesNotDependOnSpring() {
        noClasses().that().resideInAPackage("dev.newsflow.nlp..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(engine);
    }
}
