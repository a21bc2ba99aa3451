package org.yjinspect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of every feature: a pure domain (no web, database, template or JSON code), use
 * cases that do not reach into adapters, and adapters that do not call each other across the
 * web/db line; no cycles between features; and one class per simple name, so that a name in a
 * stack trace, a log line or a conversation means one thing. New features get these rules for
 * free by following the package names.
 */
class ArchitectureTest {
    private static JavaClasses imported;

    @BeforeAll
    static void importClasses() {
        imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.yjinspect");
    }

    @Test
    void domainCodeIsFreeOfWebDatabaseTemplateAndJsonCode() {
        noClasses().that().resideInAPackage("org.yjinspect..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "gg.jte..",
                        "java.sql..", "javax.sql..", "com.fasterxml.jackson..", "picocli..", "org.flywaydb..",
                        "com.zaxxer..", "org.postgresql..", "io.zonky..", "de.siegmar..")
                .check(imported);
    }

    @Test
    void domainCodeDoesNotDependOnUseCasesOrAdapters() {
        noClasses().that().resideInAPackage("org.yjinspect..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yjinspect..app..", "org.yjinspect..web..",
                        "org.yjinspect..db..", "org.yjinspect..json..", "org.yjinspect..text..", "org.yjinspect.cli..")
                .check(imported);
    }

    @Test
    void useCasesDoNotDependOnAdapters() {
        noClasses().that().resideInAPackage("org.yjinspect..app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yjinspect..web..", "org.yjinspect..db..",
                        "org.yjinspect.cli..", "io.javalin..", "gg.jte..")
                .check(imported);
    }

    @Test
    void webAdaptersDoNotTalkToTheDatabaseDirectly() {
        noClasses().that().resideInAPackage("org.yjinspect..web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yjinspect..db..", "org.jdbi..", "java.sql..")
                .allowEmptyShould(true)
                .check(imported);
    }

    @Test
    void onlyCommandLineAdaptersDependOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.yjinspect..cli..", "org.yjinspect")
                .should().dependOnClassesThat().resideInAPackage("org.yjinspect.cli..")
                .check(imported);
    }

    /** A feature may use another, or be used by it, but never both: each one can be read, tested and moved alone. */
    @Test
    void featuresDoNotDependOnEachOtherInACycle() {
        slices().matching("org.yjinspect.(*)..").namingSlices("feature $1").should().beFreeOfCycles().check(imported);
    }

    @Test
    void noTwoClassesShareASimpleName() {
        classes().that().areTopLevelClasses().should(haveASimpleNameNoOtherClassHas()).check(imported);
    }

    private static ArchCondition<JavaClass> haveASimpleNameNoOtherClassHas() {
        return new ArchCondition<>("have a simple name no other class has") {
            private Map<String, List<String>> byName = Map.of();

            @Override
            public void init(Collection<JavaClass> all) {
                byName = all.stream().filter(c -> !c.getSimpleName().equals("package-info")).collect(Collectors
                        .groupingBy(JavaClass::getSimpleName, Collectors.mapping(JavaClass::getName, Collectors.toList())));
            }

            @Override
            public void check(JavaClass item, ConditionEvents events) {
                List<String> same = byName.getOrDefault(item.getSimpleName(), List.of());
                boolean shared = same.size() > 1;
                events.add(new SimpleConditionEvent(item, !shared, item.getName() + (shared
                        ? " shares its simple name with " + same.stream().filter(n -> !n.equals(item.getName()))
                        .collect(Collectors.joining(", ")) : " has a simple name of its own")));
            }
        };
    }
}
