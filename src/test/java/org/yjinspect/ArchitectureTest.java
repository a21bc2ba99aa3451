package org.yjinspect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of every feature: a pure domain (no web, database, template or JSON code), use
 * cases that do not reach into adapters, and adapters that do not call each other across the
 * web/db line. New features get these rules for free by following the package names.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.yjinspect");
    }

    @Test
    void domainCodeIsFreeOfWebDatabaseTemplateAndJsonCode() {
        noClasses().that().resideInAPackage("org.yjinspect..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "gg.jte..",
                        "java.sql..", "javax.sql..", "com.fasterxml.jackson..", "picocli..", "org.flywaydb..",
                        "com.zaxxer..", "org.postgresql..", "io.zonky..", "de.siegmar..")
                .check(classes);
    }

    @Test
    void domainCodeDoesNotDependOnUseCasesOrAdapters() {
        noClasses().that().resideInAPackage("org.yjinspect..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yjinspect..app..", "org.yjinspect..web..",
                        "org.yjinspect..db..", "org.yjinspect..json..", "org.yjinspect..text..", "org.yjinspect.cli..")
                .check(classes);
    }

    @Test
    void useCasesDoNotDependOnAdapters() {
        noClasses().that().resideInAPackage("org.yjinspect..app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yjinspect..web..", "org.yjinspect..db..",
                        "org.yjinspect.cli..", "io.javalin..", "gg.jte..")
                .check(classes);
    }

    @Test
    void webAdaptersDoNotTalkToTheDatabaseDirectly() {
        noClasses().that().resideInAPackage("org.yjinspect..web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yjinspect..db..", "org.jdbi..", "java.sql..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyCommandLineAdaptersDependOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.yjinspect..cli..", "org.yjinspect")
                .should().dependOnClassesThat().resideInAPackage("org.yjinspect.cli..")
                .check(classes);
    }
}
