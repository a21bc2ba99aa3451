package org.yjinspect.sampling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The inspection, caseload and sampling rules stay plain Java: no web, database, JSON or CSV code. */
class DomainPurityTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.yjinspect");

    @Test
    void domainPackagesDependOnNoFrameworkOrAdapter() {
        noClasses().that().resideInAnyPackage("org.yjinspect.inspection.domain..", "org.yjinspect.caseload.domain..",
                        "org.yjinspect.sampling.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "java.sql..",
                        "com.fasterxml..", "de.siegmar..", "picocli..", "org.flywaydb..", "io.zonky..",
                        "org.yjinspect..web..", "org.yjinspect..db..", "org.yjinspect..csv..", "org.yjinspect.cli..")
                .check(classes);
    }

    @Test
    void useCasesDoNotReachIntoAdapters() {
        noClasses().that().resideInAnyPackage("org.yjinspect.inspection.app..", "org.yjinspect.caseload.app..",
                        "org.yjinspect.sampling.app..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "java.sql..",
                        "org.yjinspect..web..", "org.yjinspect..db..", "org.yjinspect.cli..")
                .check(classes);
    }
}
