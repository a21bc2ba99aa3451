package org.yjinspect.access.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;

/**
 * The text fields the API can be sent: every component that can hold text (a String, or anything
 * holding one) of every {@code *Request} record nested in a {@code *Routes} class, named
 * {@code Routes.Request.component}. A new field appears here without anyone listing it, which is
 * what lets {@link HostileTextTest} fail until it is attacked too.
 */
final class HostileRequestRecords {
    private HostileRequestRecords() {
    }

    static Set<String> textFields() {
        Set<String> keys = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.yjinspect")) {
            boolean inRoutes = type.getEnclosingClass().map(c -> c.getSimpleName().endsWith("Routes")).orElse(false);
            if (!inRoutes || !type.getSimpleName().endsWith("Request") || !type.reflect().isRecord()) {
                continue;
            }
            for (RecordComponent component : type.reflect().getRecordComponents()) {
                if (holdsText(component.getGenericType().getTypeName())) {
                    keys.add(type.getEnclosingClass().get().getSimpleName() + "." + type.getSimpleName() + "."
                            + component.getName());
                }
            }
        }
        return keys;
    }

    /** A String, a list or map of them, a JSON tree, any Object, or characters. */
    private static boolean holdsText(String declared) {
        return declared.contains("String") || declared.contains("Object") || declared.contains("JsonNode")
                || declared.contains("char");
    }
}
